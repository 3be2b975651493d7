#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <deque>
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

// What the listings of a table's life share: the source they list, where their loading
// stands, and answers for an earlier source dropped (each source has its generation).
class ListingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    ~ListingModel() override;
    ListingState state() const { return state_; }
    QString problem() const { return problem_; }
    // Forgets the rows and the source, and stops what is on its way.
    void clear();

signals:
    void stateChanged();

protected:
    explicit ListingModel(QObject* parent);
    // Drops whatever answer is on its way and stops asking. Each model calls it in its own
    // destructor: a cancelled request answers at once, and the answer's callback must meet
    // the whole object, not what is left of it.
    void stopLoading();
    // clear(), then lists `id` of `catalog` from now on.
    void beginSource(std::shared_ptr<Catalog> catalog, Identifier id);
    void setState(ListingState state, const QString& problem = {});
    // A failed request as the state: a server without the endpoint is NotOffered.
    void fail(const Error& error);
    // Empties the rows (called between beginResetModel and endResetModel).
    virtual void clearRows() = 0;
    // Appends `items` at the end through `append`, between beginInsertRows and endInsertRows.
    template <class T, class Append>
    void appendRows(std::vector<T>& items, Append append) {
        if (items.empty()) return;
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
        for (T& item : items)
            append(std::move(item));
        endInsertRows();
    }

    // A listing a page at a time: whether the view may ask for the next page now.
    bool canFetchPage(const QModelIndex& parent) const;
    // Asks `fetch(request, done)` for the page after the loaded ones (request's page token is
    // set here) and appends its items through `append(T)`. A page token sent twice stops the
    // listing as Failed; the last page makes it Complete.
    template <class T, class Fetch, class Append>
    void fetchPage(const QModelIndex& parent, ListRequest request, Fetch fetch, Append append) {
        if (!fetchAllowed(parent)) return;
        setState(ListingState::Loading);
        request.pageToken = token_;
        const quint64 generation = generation_;
        QPointer<ListingModel> self(this);
        pending_ = fetch(request, [self, generation, append](Result<Page<T>> page) mutable {
            if (!self || generation != self->generation_) return;
            if (!page) return self->fail(page.error());
            const bool repeated = page->nextPageToken && page->nextPageToken == self->token_;
            self->appendRows(page->items, append);
            self->pageEnded(page->nextPageToken, page->items.empty(), repeated);
        });
    }

    std::shared_ptr<Catalog> catalog_;
    Identifier id_;
    quint64 generation_ = 0;
    Cancellation pending_;
    std::optional<std::string> token_;  // the next page's, once a page came
    int pageSize_ = 200;

private:
    bool fetchAllowed(const QModelIndex& parent) const;
    void pageEnded(const std::optional<std::string>& next, bool empty, bool repeated);

    ListingState state_ = ListingState::Idle;
    QString problem_;
};

// The snapshots of a table (or branch), newest first, a page at a time as the view scrolls
// (canFetchMore/fetchMore). Answers for an earlier source are dropped. Times are shown
// relative to when the source was set, the exact time in the tooltip, in the user's locale.
class SnapshotsModel : public ListingModel {
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
    const Snapshot* snapshot(int row) const;
    // The relative times are computed against this (epoch ms); tests set it.
    void setNow(int64_t nowMillis) { now_ = nowMillis; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void clearRows() override;

    // A deque: appending a page never moves the rows already loaded (a vector's growth copied
    // them all on the GUI thread, the longest stall of a 100,000-snapshot listing).
    std::deque<Snapshot> rows_;
    int64_t now_ = 0;
};

// The tags of a table (or branch) by name, each with its snapshot and retention, fetched one
// after another once the names are in.
class TagsModel : public ListingModel {
    Q_OBJECT
public:
    enum Column { Name, SnapshotId, SnapshotTime, Created, Retained, ColumnCount };

    explicit TagsModel(QObject* parent = nullptr);
    ~TagsModel() override;
    void setSource(std::shared_ptr<Catalog> catalog, Identifier id);
    QStringList names() const;
    std::optional<Tag> tag(int row) const;
    void setNow(int64_t nowMillis) { now_ = nowMillis; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        std::string name;
        std::optional<Tag> tag;
        QString problem;
    };
    void clearRows() override;
    void loadNames(const std::optional<std::string>& token);
    void loadDetails(size_t row);

    std::vector<Row> rows_;
    int64_t now_ = 0;
};

// The consumers of a table (or branch) with the next snapshot each reads.
class ConsumersModel : public ListingModel {
    Q_OBJECT
public:
    enum Column { Id, NextSnapshot, ColumnCount };

    explicit ConsumersModel(QObject* parent = nullptr);
    ~ConsumersModel() override;
    void setSource(std::shared_ptr<Catalog> catalog, Identifier id);
    const Consumer* consumer(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void clearRows() override;
    void load(const std::optional<std::string>& token);

    std::vector<Consumer> rows_;
};

// What a listing state says under its list ("Loading…", "The server does not offer …").
QString listingText(ListingState state, const QString& problem, const QString& what);

}  // namespace paimon::ui
