#include "ui/details/DefinitionBox.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include "ui/details/SqlHighlighter.h"

namespace paimon::ui {

DefinitionBox::DefinitionBox(QWidget* parent)
    : QWidget(parent), format_(new QComboBox), text_(new QPlainTextEdit) {
    format_->addItem(tr("Flink SQL"), static_cast<int>(DefinitionFormat::FlinkSql));
    format_->addItem(tr("Spark SQL"), static_cast<int>(DefinitionFormat::SparkSql));
    format_->addItem(tr("Paimon JSON"), static_cast<int>(DefinitionFormat::PaimonJson));
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setObjectName(QStringLiteral("definitionText"));
    new SqlHighlighter(text_->document());
    auto* copyButton = new QPushButton(tr("&Copy"));
    auto* saveButton = new QPushButton(tr("&Save…"));
    connect(copyButton, &QPushButton::clicked, this, &DefinitionBox::copy);
    connect(saveButton, &QPushButton::clicked, this, &DefinitionBox::save);
    connect(format_, &QComboBox::currentIndexChanged, this, &DefinitionBox::render);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Format:")));
    bar->addWidget(format_);
    bar->addStretch();
    bar->addWidget(copyButton);
    bar->addWidget(saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(text_, 1);
}

void DefinitionBox::setRenderer(Renderer renderer, const QString& baseName) {
    renderer_ = std::move(renderer);
    baseName_ = baseName;
    render();
}

DefinitionFormat DefinitionBox::currentFormat() const {
    return static_cast<DefinitionFormat>(format_->currentData().toInt());
}

void DefinitionBox::render() {
    text_->setPlainText(renderer_ ? renderer_(currentFormat()) : QString());
}

QString DefinitionBox::text() const {
    return text_->toPlainText();
}

void DefinitionBox::copy() const {
    QGuiApplication::clipboard()->setText(text());
}

bool DefinitionBox::saveTo(const QString& path, QString* problem) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (problem) *problem = file.errorString();
        return false;
    }
    file.write(text().toUtf8());
    if (!file.commit()) {
        if (problem) *problem = file.errorString();
        return false;
    }
    return true;
}

void DefinitionBox::save() {
    if (!renderer_) return;
    const QString suggested =
        baseName_ + QLatin1Char('.') + QLatin1String(definitionFileExtension(currentFormat()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save definition"), suggested);
    if (path.isEmpty()) return;
    QString problem;
    if (!saveTo(path, &problem)) {
        QMessageBox::warning(this, tr("Save definition"),
                             tr("The definition could not be saved to %1: %2").arg(path, problem));
    }
}

}  // namespace paimon::ui
