#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <deque>

#include "core/rest/RestClient.h"

namespace paimon::ui {

// Every request the open connections made, newest last: the activity log. Entries come from
// RestClient's observer, which already redacted headers and bodies. Holds at most
// kMaxEntries; the oldest go first.
class ActivityLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 5000;
    enum Column { Time, Connection, Method, Path, Status, Duration, RequestId, ColumnCount };

    struct Entry {
        QDateTime time;
        QString connection;
        RequestRecord record;
    };

    explicit ActivityLogModel(QObject* parent = nullptr);

    void append(const QString& connection, const RequestRecord& record);
    void clear();
    const Entry& entry(int row) const { return entries_[static_cast<size_t>(row)]; }

    // Headers and bodies of one entry, for people.
    static QString details(const Entry& entry);
    // The request as a curl command line; secrets appear as the log shows them (***).
    static QString curlCommand(const RequestRecord& record);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::deque<Entry> entries_;
};

}  // namespace paimon::ui
