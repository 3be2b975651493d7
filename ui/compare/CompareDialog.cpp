#include "ui/compare/CompareDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/compare/CompareModel.h"
#include "ui/editors/EditorDialog.h"
#include "ui/navigator/CatalogTreeModel.h"

namespace paimon::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Runs `work` on the thread pool, then `then` on the GUI thread (qApp outlives every dialog;
// `then` itself checks whether its dialog still is).
void offload(std::function<void()> work, std::function<void()> then) {
    QThreadPool::globalInstance()->start([work = std::move(work), then = std::move(then)] {
        work();
        QMetaObject::invokeMethod(qApp, then, Qt::QueuedConnection);
    });
}

}  // namespace

CompareDialog::CompareDialog(CatalogTreeModel* connections, QWidget* parent)
    : QDialog(parent),
      connections_(connections),
      compare_(new QPushButton(tr("&Compare"))),
      progress_(new QProgressBar),
      status_(new QLabel),
      differencesOnly_(new QCheckBox(tr("&Differences only"))),
      filterEdit_(new QLineEdit),
      tree_(new QTreeView),
      model_(new CompareModel(this)),
      filter_(new CompareFilter(this)),
      planView_(new QTreeView),
      plan_(new PlanModel(this)),
      preview_(new QPlainTextEdit),
      applyStep_(new QPushButton(tr("Apply &next step"))),
      applyAll_(new QPushButton(tr("Apply &all"))),
      cancel_(new QPushButton(tr("Cancel"))) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare"));

    auto* sides = new QGridLayout;
    sides->addWidget(new QLabel(tr("Connection")), 0, 1);
    sides->addWidget(new QLabel(tr("Database")), 0, 2);
    sides->addWidget(new QLabel(tr("Table")), 0, 3);
    left_ = makeSide(QStringLiteral("left"));
    right_ = makeSide(QStringLiteral("right"));
    int r = 1;
    for (auto [side, label] : {std::pair{&left_, tr("&Left (wanted):")},
                               std::pair{&right_, tr("&Right (to change):")}}) {
        auto* l = new QLabel(label);
        l->setBuddy(side->connection);
        sides->addWidget(l, r, 0);
        sides->addWidget(side->connection, r, 1);
        sides->addWidget(side->database, r, 2);
        sides->addWidget(side->table, r, 3);
        ++r;
    }
    sides->setColumnStretch(1, 2);
    sides->setColumnStretch(2, 1);
    sides->setColumnStretch(3, 1);
    compare_->setObjectName(QStringLiteral("compareButton"));
    compare_->setDefault(true);
    sides->addWidget(compare_, 1, 4, 2, 1);

    progress_->setObjectName(QStringLiteral("compareProgress"));
    progress_->setVisible(false);
    status_->setObjectName(QStringLiteral("compareStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    differencesOnly_->setObjectName(QStringLiteral("differencesOnly"));
    differencesOnly_->setChecked(true);
    filterEdit_->setObjectName(QStringLiteral("compareFilter"));
    filterEdit_->setPlaceholderText(tr("Filter by name"));
    filterEdit_->setClearButtonEnabled(true);
    filter_->setSourceModel(model_);
    tree_->setObjectName(QStringLiteral("compareTree"));
    tree_->setModel(filter_);
    tree_->setUniformRowHeights(true);
    tree_->header()->setSectionResizeMode(CompareModel::ObjectColumn, QHeaderView::Interactive);
    tree_->setColumnWidth(CompareModel::ObjectColumn, 260);
    tree_->setColumnWidth(CompareModel::LeftColumn, 230);
    tree_->setColumnWidth(CompareModel::RightColumn, 230);
    connect(differencesOnly_, &QCheckBox::toggled, filter_, &CompareFilter::setDifferencesOnly);
    connect(filterEdit_, &QLineEdit::textChanged, this, [this](const QString& text) {
        filter_->setText(text.trimmed());
        if (!text.trimmed().isEmpty()) tree_->expandAll();
    });

    planView_->setObjectName(QStringLiteral("planView"));
    planView_->setModel(plan_);
    planView_->setUniformRowHeights(true);
    planView_->setColumnWidth(PlanModel::NumberColumn, 48);
    planView_->setColumnWidth(PlanModel::StepColumn, 420);
    preview_->setObjectName(QStringLiteral("planPreview"));
    preview_->setReadOnly(true);
    preview_->setLineWrapMode(QPlainTextEdit::NoWrap);
    preview_->setPlaceholderText(tr("Select a step to see exactly what it sends."));
    connect(planView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showPreview(); });
    connect(plan_, &QAbstractItemModel::modelReset, this, [this] { showPreview(); });

    applyStep_->setObjectName(QStringLiteral("applyStep"));
    applyAll_->setObjectName(QStringLiteral("applyAll"));
    cancel_->setObjectName(QStringLiteral("compareCancel"));
    applyStep_->setEnabled(false);
    applyAll_->setEnabled(false);
    cancel_->setEnabled(false);
    connect(compare_, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(applyStep_, &QPushButton::clicked, this, [this] { apply(false); });
    connect(applyAll_, &QPushButton::clicked, this, [this] { apply(true); });
    connect(cancel_, &QPushButton::clicked, this, &CompareDialog::cancel);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(differencesOnly_);
    filterRow->addWidget(filterEdit_, 1);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(tree_, 1);

    auto* planSplit = new QSplitter(Qt::Horizontal);
    planSplit->addWidget(planView_);
    planSplit->addWidget(preview_);
    planSplit->setStretchFactor(0, 3);
    planSplit->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    auto* planLabel = new QLabel(tr("The plan that makes the right side match the left:"));
    buttons->addWidget(planLabel, 1);
    buttons->addWidget(applyStep_);
    buttons->addWidget(applyAll_);
    buttons->addWidget(cancel_);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(planSplit, 1);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &CompareDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(split, 1);
    layout->addWidget(close);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isBusy()) {
            cancel();
        } else {
            reject();
        }
    });
    // The connections offered follow what is open.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(connections_, signal, this, [this](const QModelIndex& parent) {
            if (!parent.isValid()) fillConnections();
        });
    }
    connect(connections_, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft) {
                if (!topLeft.parent().isValid()) fillConnections();
            });
    fillConnections();
    setStatus(
        tr("Choose two open connections (or one twice, with two databases) and press "
           "Compare."));
    resize(1100, 760);
}

CompareDialog::~CompareDialog() {
    *alive_ = false;
    if (job_) job_->cancel();
    if (run_) run_->cancel();
}

CompareDialog::SideWidgets CompareDialog::makeSide(const QString& name) {
    SideWidgets s;
    s.connection = new QComboBox;
    s.connection->setObjectName(name + QStringLiteral("Connection"));
    s.database = new QLineEdit;
    s.database->setObjectName(name + QStringLiteral("Database"));
    s.database->setPlaceholderText(tr("every database"));
    s.database->setClearButtonEnabled(true);
    s.table = new QLineEdit;
    s.table->setObjectName(name + QStringLiteral("Table"));
    s.table->setPlaceholderText(tr("every table"));
    s.table->setClearButtonEnabled(true);
    // The databases the navigator has listed, offered as they are typed.
    auto* completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    s.database->setCompleter(completer);
    QComboBox* combo = s.connection;
    auto offer = [this, combo, completer] {
        completer->setModel(new QStringListModel(
            connections_->loadedDatabases(combo->currentData().toString()), completer));
    };
    connect(combo, &QComboBox::currentIndexChanged, this, offer);
    return s;
}

void CompareDialog::fillConnections() {
    for (SideWidgets* side : {&left_, &right_}) {
        const QString current = side->connection->currentData().toString();
        QSignalBlocker block(side->connection);
        side->connection->clear();
        for (const QString& id : connections_->connectionIds()) {
            const QModelIndex conn = connections_->connectionIndex(id);
            if (!connections_->catalogFor(conn)) continue;  // not open
            side->connection->addItem(conn.data(CatalogTreeModel::NameRole).toString(), id);
        }
        const int at = side->connection->findData(current);
        side->connection->setCurrentIndex(at >= 0 ? at : (side == &right_ ? 1 : 0));
        if (side->connection->currentIndex() < 0 && side->connection->count() > 0)
            side->connection->setCurrentIndex(0);
    }
    compare_->setEnabled(left_.connection->count() > 0 && !isBusy());
}

void CompareDialog::setLeft(const QString& profileId, const QString& database,
                            const QString& table) {
    fillConnections();
    left_.connection->setCurrentIndex(left_.connection->findData(profileId));
    left_.database->setText(database);
    left_.table->setText(table);
}

void CompareDialog::setRight(const QString& profileId, const QString& database,
                             const QString& table) {
    fillConnections();
    right_.connection->setCurrentIndex(right_.connection->findData(profileId));
    right_.database->setText(database);
    right_.table->setText(table);
}

std::optional<CompareSide> CompareDialog::sideOf(const SideWidgets& side, QString* problem) const {
    const QString id = side.connection->currentData().toString();
    auto catalog = connections_->catalogFor(connections_->connectionIndex(id));
    if (!catalog) {
        *problem = tr("Open a connection for each side first.");
        return std::nullopt;
    }
    CompareSide s;
    s.catalog = std::move(catalog);
    const QString db = side.database->text().trimmed();
    const QString table = side.table->text().trimmed();
    if (!table.isEmpty() && db.isEmpty()) {
        *problem = tr("A table is compared within a database: give its database too.");
        return std::nullopt;
    }
    if (!db.isEmpty()) s.database = db.toStdString();
    if (!table.isEmpty()) s.table = table.toStdString();
    return s;
}

QString CompareDialog::rightProfileId() const {
    return right_.connection->currentData().toString();
}

void CompareDialog::compare() {
    if (isBusy()) return;
    QString problem;
    auto left = sideOf(left_, &problem);
    auto right = left ? sideOf(right_, &problem) : std::nullopt;
    if (!left || !right) return setStatus(problem, true);
    if (left->catalog == right->catalog && left->database == right->database &&
        left->table == right->table) {
        return setStatus(tr("Both sides are the same: choose another connection, database or "
                            "table for one of them."),
                         true);
    }
    // A database or table given on one side only is looked for under the same name on the
    // other.
    if (!right->database) right->database = left->database;
    if (!left->database) left->database = right->database;
    if (!right->table) right->table = left->table;
    if (!left->table) left->table = right->table;
    rightCatalog_ = right->catalog;
    rightId_ = rightProfileId();
    confirmArmed_ = false;  // a production side confirms each plan anew
    applyStep_->setText(tr("Apply &next step"));
    applyAll_->setText(tr("Apply &all"));
    comparison_.reset();
    planned_.reset();
    model_->setComparison(nullptr);
    plan_->setPlan(nullptr);
    preview_->clear();
    progress_->setRange(0, 0);
    progress_->setVisible(true);
    setBusy(true);
    setStatus(tr("Comparing…"));
    std::weak_ptr<bool> alive = alive_;
    job_ = CompareJob::start(
        *left, *right,
        [this, alive](const std::string& what, size_t done, size_t total) {
            if (alive.expired() || !*alive.lock()) return;
            progress_->setRange(0, static_cast<int>(total));
            progress_->setValue(static_cast<int>(done));
            setStatus(tr("Loading %1…").arg(q(what)));
        },
        [this, alive](CatalogComparison c) {
            if (alive.expired() || !*alive.lock()) return;
            compared(std::make_shared<const CatalogComparison>(std::move(c)));
        },
        offload);
}

void CompareDialog::compared(const std::shared_ptr<const CatalogComparison>& comparison) {
    job_.reset();
    planning_ = true;
    QString text = tr("%1 differ, %2 only left, %3 only right, %4 the same.")
                       .arg(comparison->count(Presence::Differs))
                       .arg(comparison->count(Presence::OnlyLeft))
                       .arg(comparison->count(Presence::OnlyRight))
                       .arg(comparison->count(Presence::Same));
    if (!comparison->hasDifferences()) text = tr("No differences.") + QLatin1Char(' ') + text;
    for (const auto& p : comparison->problems) {
        text += QLatin1Char('\n') + tr("Not compared: %1: %2")
                                        .arg(q(p.what), q(p.error.kind == ErrorKind::NotImplemented
                                                              ? p.error.message
                                                              : p.error.describe()));
    }
    comparedText_ = text;
    comparison_ = comparison;
    model_->setComparison(comparison);
    // Open what fits a glance: the databases, and their objects when there are few.
    size_t objects = 0;
    for (const auto& d : comparison->databases)
        objects += d.objects.size();
    if (objects <= 200) {
        tree_->expandAll();
    } else if (comparison->databases.size() <= 20) {
        tree_->expandToDepth(0);
    }
    setStatus(tr("Making the plan…"));
    // Checking every change against the schema rules takes a while for thousands of tables.
    auto plan = std::make_shared<AlterPlan>();
    std::weak_ptr<bool> alive = alive_;
    const quint64 generation = ++generation_;
    offload([plan, comparison] { *plan = planToMatch(*comparison); },
            [this, alive, plan, generation] {
                if (alive.expired() || !*alive.lock() || generation != generation_) return;
                planned(plan);
            });
}

void CompareDialog::planned(std::shared_ptr<const AlterPlan> plan) {
    planning_ = false;
    progress_->setVisible(false);
    planned_ = std::move(plan);
    nextStep_ = 0;
    plan_->setPlan(planned_);
    if (planned_->steps.size() + planned_->recreate.size() <= 50) planView_->expandAll();
    if (!planned_->steps.empty())
        planView_->setCurrentIndex(plan_->index(0, PlanModel::StepColumn));
    setBusy(false);
    setStatus(comparedText_);
}

void CompareDialog::showPreview() {
    const QModelIndex current = planView_->currentIndex();
    if (!current.isValid()) return preview_->clear();
    const int step = current.data(PlanModel::StepRole).toInt();
    if (step < 0) {
        const QString reason = current.data(PlanModel::ReasonRole).toString();
        preview_->setPlainText(reason.isEmpty() ? QString()
                                                : tr("Why it is not in the plan:\n%1").arg(reason));
        return;
    }
    if (!rightCatalog_ || !planned_ || static_cast<size_t>(step) >= planned_->steps.size()) return;
    preview_->setPlainText(
        writePreviewText(planned_->steps[static_cast<size_t>(step)].op, *rightCatalog_));
}

void CompareDialog::apply(bool all) {
    if (isBusy() || !planned_ || nextStep_ >= planned_->steps.size()) return;
    const QModelIndex conn = connections_->connectionIndex(rightId_);
    const ConnectionProfile* profile = connections_->profileFor(conn);
    if (!profile || connections_->catalogFor(conn) != rightCatalog_) {
        return setStatus(tr("The right side's connection was closed or reopened since the "
                            "comparison: compare again."),
                         true);
    }
    if (profile->readOnly) {
        return setStatus(
            tr("The connection “%1” is read-only: nothing was sent.").arg(profile->name), true);
    }
    if (profile->production && !confirmArmed_) {
        confirmArmed_ = true;
        (all ? applyAll_ : applyStep_)->setText(tr("&Send to production"));
        return setStatus(tr("“%1” is a production connection. Check the steps and their "
                            "requests, then press “Send to production”.")
                             .arg(profile->name),
                         true);
    }
    confirmArmed_ = false;
    applyStep_->setText(tr("Apply &next step"));
    applyAll_->setText(tr("Apply &all"));
    const size_t end = all ? planned_->steps.size() : nextStep_ + 1;
    std::vector<WriteOperation> ops;
    for (size_t i = nextStep_; i < end; ++i)
        ops.push_back(planned_->steps[i].op);
    runFrom_ = nextStep_;
    progress_->setRange(0, static_cast<int>(ops.size()));
    progress_->setValue(0);
    progress_->setVisible(true);
    setBusy(true);
    setStatus(tr("Applying step %1 of %2…").arg(nextStep_ + 1).arg(planned_->steps.size()));
    std::weak_ptr<bool> alive = alive_;
    run_ = PlanRun::start(
        rightCatalog_, std::move(ops),
        [this, alive](size_t index, const Result<Unit>& answer) {
            if (alive.expired() || !*alive.lock()) return;
            stepDone(runFrom_ + index, answer);
        },
        [this, alive](const PlanReport& report) {
            if (alive.expired() || !*alive.lock()) return;
            runDone(report);
        });
}

void CompareDialog::stepDone(size_t index, const Result<Unit>& answer) {
    if (answer) {
        plan_->setOutcome(index, tr("applied"), false);
        nextStep_ = index + 1;
        progress_->setValue(static_cast<int>(index + 1 - runFrom_));
        emit applied(rightId_, planned_->steps[index].op);
        if (nextStep_ < planned_->steps.size()) {
            setStatus(tr("Applying step %1 of %2…").arg(nextStep_ + 1).arg(planned_->steps.size()));
        }
    } else {
        plan_->setOutcome(index, tr("refused: %1").arg(q(answer.error().describe())), true);
    }
}

void CompareDialog::runDone(const PlanReport& report) {
    run_.reset();
    progress_->setVisible(false);
    setBusy(false);
    const QString applied =
        tr("%1 of %2 steps applied.").arg(nextStep_).arg(planned_->steps.size());
    if (report.error) {
        setStatus(tr("Step %1 was refused, and nothing after it was sent: %2")
                          .arg(*report.failedAt + runFrom_ + 1)
                          .arg(q(report.error->describe())) +
                      QLatin1Char(' ') + applied,
                  true);
    } else if (report.cancelled) {
        setStatus(tr("Cancelled. A step on its way when cancelled may have reached the server: "
                     "compare again to see.") +
                      QLatin1Char(' ') + applied,
                  true);
    } else if (nextStep_ == planned_->steps.size()) {
        setStatus(tr("Every step was applied. Compare again to check."));
    } else {
        setStatus(applied);
    }
}

void CompareDialog::cancel() {
    if (planning_) {
        planning_ = false;
        ++generation_;
        progress_->setVisible(false);
        setBusy(false);
        setStatus(tr("Cancelled before the plan was made."));
    }
    if (job_) {
        job_->cancel();
        job_.reset();
        progress_->setVisible(false);
        setBusy(false);
        setStatus(tr("Comparison cancelled."));
    }
    if (run_) run_->cancel();  // runDone says what was applied
}

void CompareDialog::reject() {
    cancel();
    QDialog::reject();
}

void CompareDialog::setBusy(bool busy) {
    compare_->setEnabled(!busy && left_.connection->count() > 0);
    cancel_->setEnabled(busy);
    const bool more = !busy && planned_ && nextStep_ < planned_->steps.size();
    applyStep_->setEnabled(more);
    applyAll_->setEnabled(more);
    for (SideWidgets* side : {&left_, &right_}) {
        side->connection->setEnabled(!busy);
        side->database->setEnabled(!busy);
        side->table->setEnabled(!busy);
    }
    emit busyChanged(busy);
}

void CompareDialog::setStatus(const QString& text, bool warning) {
    status_->setText(text);
    status_->setStyleSheet(warning ? QStringLiteral("QLabel{color:#8a4b00}") : QString());
}

QString CompareDialog::statusText() const {
    return status_->text();
}

}  // namespace paimon::ui
