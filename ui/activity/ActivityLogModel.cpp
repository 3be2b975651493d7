#include "ui/activity/ActivityLogModel.h"

#include <QColor>
#include <QUrl>

namespace paimon::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// A word for a POSIX shell: single-quoted, with embedded quotes closed and escaped.
QString shellQuote(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

}  // namespace

ActivityLogModel::ActivityLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActivityLogModel::append(const QString& connection, const RequestRecord& record) {
    if (static_cast<int>(entries_.size()) >= kMaxEntries) {
        beginRemoveRows({}, 0, 0);
        entries_.pop_front();
        endRemoveRows();
    }
    int row = static_cast<int>(entries_.size());
    beginInsertRows({}, row, row);
    entries_.push_back(Entry{QDateTime::currentDateTime(), connection, record});
    endInsertRows();
}

void ActivityLogModel::clear() {
    beginResetModel();
    entries_.clear();
    endResetModel();
}

int ActivityLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int ActivityLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(entries_.size())) return {};
    const Entry& e = entries_[static_cast<size_t>(index.row())];
    const RequestRecord& r = e.record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Time:
                return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
            case Connection:
                return e.connection;
            case Method:
                return q(r.method);
            case Path: {
                QUrl url(q(r.url));
                QString path = url.path(QUrl::FullyEncoded);
                if (url.hasQuery()) path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
                return path;
            }
            case Status:
                if (r.status) return r.status;
                return r.outcome.empty() ? QString() : tr("failed");
            case Duration:
                return tr("%1 ms").arg(r.elapsed.count());
            case RequestId:
                return q(r.requestId);
        }
    }
    if (role == Qt::ToolTipRole && !r.outcome.empty()) return q(r.outcome);
    if (role == Qt::ForegroundRole && index.column() == Status &&
        (r.status >= 400 || (r.status == 0 && !r.outcome.empty()))) {
        return QColor(0xd0, 0x3a, 0x3a);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Time:
            return tr("Time");
        case Connection:
            return tr("Connection");
        case Method:
            return tr("Method");
        case Path:
            return tr("Path");
        case Status:
            return tr("Status");
        case Duration:
            return tr("Duration");
        case RequestId:
            return tr("Request ID");
    }
    return {};
}

QString ActivityLogModel::details(const Entry& e) {
    const RequestRecord& r = e.record;
    QString text;
    text += q(r.method) + QLatin1Char(' ') + q(r.url) + QLatin1Char('\n');
    if (r.attempt > 1) text += tr("Attempt %1\n").arg(r.attempt);
    for (const auto& [name, value] : r.headers)
        text += q(name) + QLatin1String(": ") + q(value) + QLatin1Char('\n');
    if (!r.requestBody.empty()) text += QLatin1Char('\n') + q(r.requestBody) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (r.status) {
        text += tr("Status %1").arg(r.status);
        if (!r.requestId.empty()) text += tr(", request ID %1").arg(q(r.requestId));
        text += tr(", %1 ms\n").arg(r.elapsed.count());
    }
    if (!r.outcome.empty()) text += q(r.outcome) + QLatin1Char('\n');
    if (!r.responseBody.empty()) text += QLatin1Char('\n') + q(r.responseBody) + QLatin1Char('\n');
    return text;
}

QString ActivityLogModel::curlCommand(const RequestRecord& r) {
    QStringList parts{QStringLiteral("curl")};
    if (r.method != "GET") parts << QStringLiteral("-X") << q(r.method);
    parts << shellQuote(q(r.url));
    for (const auto& [name, value] : r.headers)
        parts << QStringLiteral("-H") << shellQuote(q(name) + QLatin1String(": ") + q(value));
    if (!r.requestBody.empty())
        parts << QStringLiteral("--data-binary") << shellQuote(q(r.requestBody));
    return parts.join(QLatin1Char(' '));
}

}  // namespace paimon::ui
