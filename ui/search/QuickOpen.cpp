#include "ui/search/QuickOpen.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/navigator/CatalogTreeModel.h"
#include "ui/navigator/NavigatorIcons.h"

namespace paimon::ui {

namespace {

// Rows shown at the most: a prefix that matches more is narrowed by typing on.
constexpr int kMaxRows = 1000;

QIcon iconFor(SearchHit::Kind kind) {
    switch (kind) {
        case SearchHit::Kind::Database:
            return NavigatorIcons::database();
        case SearchHit::Kind::Table:
            return NavigatorIcons::table();
        case SearchHit::Kind::View:
            return NavigatorIcons::view();
        case SearchHit::Kind::Function:
            return NavigatorIcons::function();
    }
    return {};
}

}  // namespace

QuickOpen::QuickOpen(CatalogTreeModel* model, QWidget* parent)
    : QDialog(parent),
      model_(model),
      edit_(new QLineEdit),
      list_(new QListView),
      results_(new QStandardItemModel(this)),
      status_(new QLabel),
      pause_(new QTimer(this)) {
    setObjectName(QStringLiteral("quickOpen"));
    setWindowTitle(tr("Quick open"));
    edit_->setObjectName(QStringLiteral("quickOpenText"));
    edit_->setPlaceholderText(
        tr("The start of a database, table, view or function name, in every open connection"));
    edit_->setClearButtonEnabled(true);
    edit_->installEventFilter(this);
    list_->setObjectName(QStringLiteral("quickOpenResults"));
    list_->setModel(results_);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->setUniformItemSizes(true);
    status_->setObjectName(QStringLiteral("quickOpenStatus"));
    status_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(edit_);
    layout->addWidget(list_, 1);
    layout->addWidget(status_);
    pause_->setSingleShot(true);
    pause_->setInterval(150);
    connect(pause_, &QTimer::timeout, this, &QuickOpen::restart);
    connect(edit_, &QLineEdit::textChanged, this, [this] {
        stopAll();  // what was on its way is for an older text
        pause_->start();
    });
    connect(list_, &QListView::activated, this, [this] { openCurrent(); });
    resize(640, 420);
    updateStatus();
}

QuickOpen::~QuickOpen() {
    stopAll();
}

void QuickOpen::search(const QString& text) {
    QSignalBlocker block(edit_);
    edit_->setText(text);
    restart();
}

void QuickOpen::stopAll() {
    ++generation_;
    auto running = std::move(running_);
    running_.clear();
    for (auto& r : running)
        r.search->cancel();
}

void QuickOpen::restart() {
    pause_->stop();
    stopAll();
    results_->clear();
    hits_ = 0;
    refused_ = 0;
    closed_ = 0;
    const std::string text = edit_->text().trimmed().toStdString();
    if (text.empty()) return updateStatus();
    const quint64 generation = generation_;
    QPointer<QuickOpen> self(this);
    for (const QString& id : model_->connectionIds()) {
        const QModelIndex conn = model_->connectionIndex(id);
        auto catalog = model_->catalogFor(conn);
        if (!catalog) {  // not open: nothing asked of it, which the status line says
            ++closed_;
            continue;
        }
        const QString connection = conn.data(CatalogTreeModel::NameRole).toString();
        auto onHits = [self, generation, id, connection](const std::vector<SearchHit>& hits) {
            if (!self || generation != self->generation_) return;
            for (const SearchHit& h : hits) {
                if (self->results_->rowCount() >= kMaxRows) break;
                const QString db = QString::fromStdString(h.id.database);
                const QString name = QString::fromStdString(h.id.object);
                const bool isDatabase = h.kind == SearchHit::Kind::Database;
                auto* item = new QStandardItem(
                    iconFor(h.kind), isDatabase ? tr("%1 — %2").arg(db, connection)
                                                : tr("%1 — %2 · %3").arg(name, db, connection));
                item->setData(id, ProfileRole);
                item->setData(static_cast<int>(h.kind), KindRole);
                item->setData(db, DatabaseRole);
                item->setData(name, NameRole);
                item->setToolTip(QString::fromLatin1(searchKindName(h.kind)));
                self->results_->appendRow(item);
                ++self->hits_;
            }
            if (!self->list_->currentIndex().isValid() && self->results_->rowCount() > 0)
                self->list_->setCurrentIndex(self->results_->index(0, 0));
            self->updateStatus();
        };
        auto onDone = [self, generation, id,
                       connection](const std::vector<SearchRefusal>& refusals) {
            if (!self || generation != self->generation_) return;
            // A server that refused is named, with why: never skipped in silence.
            for (const SearchRefusal& r : refusals) {
                auto* item = new QStandardItem(
                    NavigatorIcons::error(), tr("%1: not searched: %2 — %3")
                                                 .arg(connection, QString::fromStdString(r.what),
                                                      QString::fromStdString(r.error.describe())));
                item->setEnabled(false);
                self->results_->appendRow(item);
                ++self->refused_;
            }
            std::erase_if(self->running_, [&](const Running& r) { return r.profileId == id; });
            self->updateStatus();
        };
        running_.push_back({id, CatalogSearch::start(catalog, text, {}, onHits, onDone)});
    }
    updateStatus();
}

void QuickOpen::updateStatus() {
    if (edit_->text().trimmed().isEmpty()) {
        status_->setText(tr("Enter to open; Up and Down to choose; Esc to close."));
    } else if (!running_.empty()) {
        status_->setText(tr("Searching %n connection(s)… %1 found so far", nullptr,
                            static_cast<int>(running_.size()))
                             .arg(hits_));
    } else if (hits_ == 0) {
        status_->setText(tr("Nothing starts with “%1”.").arg(edit_->text().trimmed()));
    } else {
        status_->setText(tr("%1 found.").arg(hits_));
    }
    if (closed_ > 0 && !edit_->text().trimmed().isEmpty()) {
        status_->setText(status_->text() + QLatin1Char(' ') +
                         tr("%n connection(s) not open, not searched: expand one to connect.",
                            nullptr, closed_));
    }
}

QString QuickOpen::statusText() const {
    return status_->text();
}

void QuickOpen::openCurrent() {
    const QModelIndex i = list_->currentIndex();
    if (!i.isValid() || !i.data(ProfileRole).isValid()) return;
    emit openRequested(i.data(ProfileRole).toString(), i.data(KindRole).toInt(),
                       i.data(DatabaseRole).toString(), i.data(NameRole).toString());
    accept();
}

bool QuickOpen::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_ && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up ||
            key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(list_, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (pause_->isActive()) restart();  // typed and Enter at once: search first
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace paimon::ui
