#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/Catalog.h"

namespace paimon::ui {

// Where a listing of a table's life stands: what a tab shows under its list.
enum class ListingState {
    Idle,        // nothing asked yet
    Loading,     // a page is on its way
    More,        // some pages loaded; more come as the list is scrolled
    Complete,    // every item loaded
    Failed,      // the last page failed: problem() says why; fetchMore() tries again
    NotOffered,  // the server does not implement the endpoint (501)
};

// The snapshots of a table (or branch), newest first, a page at a time as the view scrolls
// (canFetchMore/fetchMore). Answers for an earlier source are dropped. Times are shown
// relative to when the source was set, the exact time in the tooltip, in the user's locale.
class SnapshotsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Time,
        Kind,
        User,
        SchemaId,
        DeltaRows,
        ChangelogRows,
        TotalRows,
        Watermark,
        ColumnCount
    };
    // The value to sort by: numbers as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SnapshotsModel(QObject* parent = nullptr);
    ~SnapshotsModel() override;

    // Forgets what is loaded and loads the first page of `id`'s snapshots.
    void setSource(std::shared_ptr<Catalog> catalog, Identifier id, int pageSize = 200);
    void clear();
    ListingState state() const { return state_; }
    QString problem() const { return problem_; }
    const Snapshot* snapshot(int row) const;
    // The relative times are computed against this (epoch ms); tests set it.
    void setNow(int64_t nowMillis) { now_ = nowMillis; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged();

private:
    void setState(ListingState state, const QString& problem = {});

    std::shared_ptr<Catalog> catalog_;
    Identifier id_;
    int pageSize_ = 200;
    std::vector<Snapshot> rows_;
    std::optional<std::string> token_;
    ListingState state_ = ListingState::Idle;
    QString problem_;
    int64_t now_ = 0;
    quint64 generation_ = 0;
    Cancellation pending_;
};

// The tags of a table (or branch) by name, each with its snapshot and retention, fetched one
// after another once the names are in.
class TagsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, SnapshotId, SnapshotTime, Created, Retained, ColumnCount };

    explicit TagsModel(QObject* parent = nullptr);
    ~TagsModel() override;
    void setSource(std::shared_ptr<Catalog> catalog, Identifier id);
    void clear();
    ListingState state() const { return state_; }
    QString problem() const { return problem_; }
    QStringList names() const;
    std::optional<Tag> tag(int row) const;
    void setNow(int64_t nowMillis) { now_ = nowMillis; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void stateChanged();

private:
    struct Row {
        std::string name;
        std::optional<Tag> tag;
        QString problem;
    };
    void loadNames(const std::optional<std::string>& token);
    void loadDetails(size_t row);
    void setState(ListingState state, const QString& problem = {});

    std::shared_ptr<Catalog> catalog_;
    Identifier id_;
    std::vector<Row> rows_;
    ListingState state_ = ListingState::Idle;
    QString problem_;
    int64_t now_ = 0;
    quint64 generation_ = 0;
    Cancellation pending_;
};

// The consumers of a table (or branch) with the next snapshot each reads.
class ConsumersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, NextSnapshot, ColumnCount };

    explicit ConsumersModel(QObject* parent = nullptr);
    ~ConsumersModel() override;
    void setSource(std::shared_ptr<Catalog> catalog, Identifier id);
    void clear();
    ListingState state() const { return state_; }
    QString problem() const { return problem_; }
    const Consumer* consumer(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void stateChanged();

private:
    void load(const std::optional<std::string>& token);
    void setState(ListingState state, const QString& problem = {});

    std::shared_ptr<Catalog> catalog_;
    Identifier id_;
    std::vector<Consumer> rows_;
    ListingState state_ = ListingState::Idle;
    QString problem_;
    quint64 generation_ = 0;
    Cancellation pending_;
};

// What a listing state says under its list ("Loading…", "The server does not offer …").
QString listingText(ListingState state, const QString& problem, const QString& what);

}  // namespace paimon::ui
