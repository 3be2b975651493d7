#pragma once

#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace paimon::testing {

// Every file under `root` (hidden ones included) whose bytes contain `text`.
inline QStringList filesContaining(const QString& root, const QByteArray& text) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text)) hits << path;
    }
    return hits;
}

}  // namespace paimon::testing
