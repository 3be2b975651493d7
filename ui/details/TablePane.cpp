#include "ui/details/TablePane.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/details/DatabasePane.h"
#include "ui/details/DefinitionBox.h"
#include "ui/details/DetailText.h"
#include "ui/navigator/NavigatorIcons.h"

namespace paimon::ui {
namespace {
QString q(const std::string& s) {
    return fromStd(s);
}
QString joined(const std::vector<std::string>& names) {
    QStringList out;
    for (const auto& n : names)
        out << q(n);
    return out.isEmpty() ? QStringLiteral("—") : out.join(QLatin1String(", "));
}
}  // namespace

TablePane::TablePane(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel),
      backToMain_(new QPushButton),
      summary_(new QLabel),
      tabs_(new QTabWidget),
      columns_(new QTableWidget(0, ColCount)),
      keys_(selectableLabel(QString())),
      options_(makeOptionsTable()),
      info_form_(new QFormLayout),
      definition_(new DefinitionBox) {
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title_->setFont(f);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    columns_->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Nullable"), tr("Key"), tr("Default"), tr("Comment")});
    columns_->horizontalHeader()->setStretchLastSection(true);
    columns_->verticalHeader()->hide();
    columns_->verticalHeader()->setDefaultSectionSize(columns_->fontMetrics().height() + 8);
    columns_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    columns_->setSelectionBehavior(QAbstractItemView::SelectRows);
    columns_->setWordWrap(false);
    tabs_->addTab(columns_, tr("Columns"));

    auto* keysPage = new QWidget;
    auto* keysLayout = new QVBoxLayout(keysPage);
    keysLayout->addWidget(keys_);
    keysLayout->addWidget(new QLabel(tr("Options")));
    keysLayout->addWidget(options_, 1);
    tabs_->addTab(keysPage, tr("Keys and options"));

    auto* infoPage = new QWidget;
    auto* infoLayout = new QVBoxLayout(infoPage);
    infoLayout->addLayout(info_form_);
    infoLayout->addStretch();
    tabs_->addTab(infoPage, tr("Info"));

    tabs_->addTab(definition_, tr("Definition"));

    summary_->setObjectName(QStringLiteral("tableSummary"));
    history_ = new HistoryView(tabs_, summary_, this);
    connect(history_, &HistoryView::editRequested, this, &TablePane::editRequested);
    connect(history_, &HistoryView::openBranchRequested, this, &TablePane::openBranchRequested);
    partitions_ = new PartitionsView(tabs_, this);
    connect(partitions_, &PartitionsView::editRequested, this, &TablePane::editRequested);
    tabs_->setTabVisible(partitions_->tabIndex(), false);
    schemas_ = new SchemasView(tabs_, this);
    connect(schemas_, &SchemasView::editRequested, this, &TablePane::editRequested);
    backToMain_->setObjectName(QStringLiteral("backToMain"));
    backToMain_->setText(tr("Show &main branch"));
    backToMain_->hide();
    connect(backToMain_, &QPushButton::clicked, this,
            [this] { emit openBranchRequested(QString()); });

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QHBoxLayout;
    heading->addWidget(title_, 1);
    heading->addWidget(backToMain_);
    layout->addLayout(heading);
    layout->addWidget(summary_);
    layout->addWidget(tabs_, 1);
}

void TablePane::showHistory(HistoryView::Source source, bool reload) {
    const bool partitioned = info_ && !info_->schema.partitionKeys.empty();
    tabs_->setTabVisible(partitions_->tabIndex(), partitioned);
    if (!partitioned) {
        partitions_->clear();
    } else {
        const auto& listed = partitions_->source();
        const bool same = listed && listed->catalog == source.catalog && listed->id == source.id &&
                          listed->whyNotWritable == source.whyNotWritable;
        if (!same || reload) partitions_->setSource(source);
    }
    const auto& versions = schemas_->source();
    if (!versions || versions->catalog != source.catalog || !(versions->id == source.id) ||
        versions->whyNotWritable != source.whyNotWritable || reload) {
        schemas_->setSource(source);
    }
    const auto& shown = history_->source();
    const bool same = shown && shown->catalog == source.catalog && shown->id == source.id;
    if (same && !reload) {
        // Only whether the actions are offered may have changed.
        if (shown->whyNotWritable != source.whyNotWritable) history_->setSource(std::move(source));
        return;
    }
    history_->setSource(std::move(source));
}

void TablePane::show(std::shared_ptr<const TableInfo> info) {
    info_ = std::move(info);
    if (!info_) return;
    const TableInfo& t = *info_;
    const Schema& s = t.schema;
    const Identifier id{t.database, t.name};
    if (auto branch = id.branchName()) {
        title_->setText(
            tr("Table %1.%2, branch %3").arg(q(t.database), q(id.tableName()), q(*branch)));
    } else {
        title_->setText(tr("Table %1.%2").arg(q(t.database), q(t.name)));
    }
    backToMain_->setVisible(id.branchName().has_value());
    title_->setToolTip(s.comment ? q(*s.comment) : QString());

    columns_->setRowCount(static_cast<int>(s.fields.size()));
    auto isIn = [](const std::vector<std::string>& keys, const std::string& n) {
        return std::find(keys.begin(), keys.end(), n) != keys.end();
    };
    for (int r = 0; r < static_cast<int>(s.fields.size()); ++r) {
        const DataField& field = s.fields[static_cast<size_t>(r)];
        const bool pk = isIn(s.primaryKeys, field.name);
        const bool part = isIn(s.partitionKeys, field.name);
        auto* name = new QTableWidgetItem(q(field.name));
        if (pk) {
            name->setIcon(NavigatorIcons::primaryKey());
        } else if (part) {
            name->setIcon(NavigatorIcons::partitionKey());
        } else {
            name->setIcon(NavigatorIcons::column());
        }
        columns_->setItem(r, ColName, name);
        columns_->setItem(r, ColType, new QTableWidgetItem(q(field.type.withNullable(true).sql())));
        columns_->setItem(r, ColNullable,
                          new QTableWidgetItem(field.type.nullable() ? tr("yes") : tr("no")));
        QStringList key;
        if (pk) key << tr("primary");
        if (part) key << tr("partition");
        columns_->setItem(r, ColKey, new QTableWidgetItem(key.join(QLatin1String(", "))));
        columns_->setItem(
            r, ColDefault,
            new QTableWidgetItem(field.defaultValue ? q(*field.defaultValue) : QString()));
        columns_->setItem(
            r, ColComment,
            new QTableWidgetItem(field.description ? q(*field.description) : QString()));
    }
    columns_->resizeColumnsToContents();

    keys_->setText(tr("Primary key: %1\nPartition keys: %2\nComment: %3")
                       .arg(joined(s.primaryKeys), joined(s.partitionKeys), orDash(s.comment)));
    fillOptionsTable(options_, s.options);

    while (info_form_->rowCount() > 0)
        info_form_->removeRow(0);
    info_form_->addRow(tr("ID:"), selectableLabel(orDash(t.id)));
    info_form_->addRow(tr("Path:"), selectableLabel(orDash(t.path)));
    info_form_->addRow(tr("Schema ID:"), selectableLabel(QString::number(t.schemaId)));
    info_form_->addRow(tr("Owner:"), selectableLabel(orDash(t.owner)));
    info_form_->addRow(tr("Created:"), selectableLabel(createdOrUpdated(t.createdAt, t.createdBy)));
    info_form_->addRow(tr("Updated:"), selectableLabel(createdOrUpdated(t.updatedAt, t.updatedBy)));
    info_form_->addRow(tr("External:"), selectableLabel(t.isExternal ? tr("yes") : tr("no")));
    renderDefinition();
}

void TablePane::selectColumn(const QString& name) {
    for (int r = 0; r < columns_->rowCount(); ++r) {
        if (columns_->item(r, ColName)->text() == name) {
            tabs_->setCurrentIndex(ColumnsTab);
            columns_->selectRow(r);
            columns_->scrollToItem(columns_->item(r, ColName));
            return;
        }
    }
}

void TablePane::showTab(Tab tab) {
    tabs_->setCurrentIndex(tab);
}

void TablePane::renderDefinition() {
    if (!info_) return;
    const std::shared_ptr<const TableInfo> info = info_;
    definition_->setRenderer(
        [info](DefinitionFormat format) {
            return q(paimon::renderDefinition(format, Identifier{info->database, info->name},
                                              info->schema));
        },
        q(info->name));
}

QString TablePane::definitionText() const {
    return definition_->text();
}
QComboBox* TablePane::formatBox() const {
    return definition_->formatBox();
}
QString TablePane::keysText() const {
    return keys_->text();
}

QString TablePane::infoText() const {
    return formText(info_form_);
}

void TablePane::copyDefinition() const {
    definition_->copy();
}

bool TablePane::saveDefinitionTo(const QString& path, QString* problem) const {
    return definition_->saveTo(path, problem);
}

void TablePane::saveDefinition() {
    definition_->save();
}

}  // namespace paimon::ui
