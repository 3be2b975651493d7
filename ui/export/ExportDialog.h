#pragma once

#include <QDialog>

#include <memory>

#include "core/export/Exporter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace paimon::ui {

// Exports table definitions (selected tables, a database or a whole connection) as one file
// or a file per table, in Flink SQL, Spark SQL or Paimon JSON. Tables are fetched a handful at
// a time with a progress bar and Cancel; files are written only once everything is fetched,
// each whole, so a cancelled export leaves nothing behind. Tables that fail are listed at the
// end; the rest are exported.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(std::shared_ptr<Catalog> catalog, ExportScope scope, const QString& scopeText,
                 QString suggestedName, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QComboBox* formatBox() const { return format_; }
    QRadioButton* splitButton() const { return split_; }
    QLineEdit* pathEdit() const { return path_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* exportButton() const { return export_; }
    QPushButton* cancelButton() const { return cancel_; }
    QString statusText() const;
    QString failuresText() const;
    bool isRunning() const { return job_ != nullptr; }

    void startExport();

signals:
    void finished(bool ok);

protected:
    void reject() override;

private:
    void suggestPath();
    void browse();
    void done(Result<ExportReport> result);
    ExportSettings settings() const;

    std::shared_ptr<Catalog> catalog_;
    ExportScope scope_;
    QString suggestedName_;
    QComboBox* format_;
    QRadioButton* single_;
    QRadioButton* split_;
    QLineEdit* path_;
    QProgressBar* progress_;
    QLabel* status_;
    QPlainTextEdit* failures_;
    QPushButton* export_;
    QPushButton* cancel_;
    std::shared_ptr<TableExport> job_;
    bool pathEdited_ = false;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace paimon::ui
