#include "ui/navigator/NavigatorIcons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace paimon::ui::NavigatorIcons {
namespace {

QIcon load(const char* name) {
    static QHash<QString, QIcon> cache;
    QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    auto it = cache.find(path);
    if (it == cache.end()) it = cache.insert(path, QIcon(path));
    return *it;
}

}  // namespace

QIcon connection(const QColor& color) {
    if (!color.isValid()) return load("connection");
    static QHash<QRgb, QIcon> cache;
    auto it = cache.find(color.rgba());
    if (it != cache.end()) return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap = load("connection").pixmap(QSize(size, size), ratio);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(Qt::white, size / 16.0));
            painter.setBrush(color);
            const qreal d = size * 0.45;
            painter.drawEllipse(QRectF(size - d - 0.5, size - d - 0.5, d, d));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return *cache.insert(color.rgba(), icon);
}

QIcon warehouse() {
    return load("warehouse");
}
QIcon database() {
    return load("database");
}
QIcon table() {
    return load("table");
}
QIcon folder() {
    return load("folder");
}
QIcon view() {
    return load("view");
}
QIcon function() {
    return load("function");
}
QIcon column() {
    return load("column");
}
QIcon primaryKey() {
    return load("primary-key");
}
QIcon partitionKey() {
    return load("partition-key");
}
QIcon error() {
    return load("error");
}
QIcon application() {
    return load("app");
}

}  // namespace paimon::ui::NavigatorIcons
