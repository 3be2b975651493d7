#include "ui/connection/ProfileEditor.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace paimon::ui {

ProfileEditor::ProfileEditor(const ConnectionProfile& p, const ProfileSecrets& secrets,
                             CatalogConnector::Observer observer, QWidget* parent)
    : QDialog(parent), id_(p.id), form_(new QFormLayout), observer_(std::move(observer)) {
    setWindowTitle(p.name.isEmpty() ? tr("New connection") : tr("Connection %1").arg(p.name));
    name_ = new QLineEdit(p.name);
    kind_ = new QComboBox;
    kind_->addItem(tr("Paimon REST catalog (server or DLF)"), static_cast<int>(ProfileKind::Rest));
    kind_->addItem(tr("Local warehouse folder"), static_cast<int>(ProfileKind::LocalWarehouse));
    kind_->setCurrentIndex(p.kind == ProfileKind::Rest ? 0 : 1);
    uri_ = new QLineEdit(p.uri);
    uri_->setPlaceholderText(QStringLiteral("https://cn-hangzhou-vpc.dlf.aliyuncs.com"));
    warehouse_ = new QLineEdit(p.kind == ProfileKind::Rest ? p.warehouse : QString());
    folder_ = new QLineEdit(p.kind == ProfileKind::LocalWarehouse ? p.warehouse : QString());
    auth_ = new QComboBox;
    auth_->addItem(tr("None"), static_cast<int>(AuthKind::None));
    auth_->addItem(tr("Bearer token"), static_cast<int>(AuthKind::Bearer));
    auth_->addItem(tr("DLF access key (optional STS token)"),
                   static_cast<int>(AuthKind::DlfAccessKey));
    auth_->addItem(tr("DLF token file"), static_cast<int>(AuthKind::DlfTokenFile));
    auth_->addItem(tr("DLF ECS instance role"), static_cast<int>(AuthKind::DlfEcsRole));
    auth_->setCurrentIndex(auth_->findData(static_cast<int>(p.auth)));
    token_ = secretEdit();
    token_->setText(secrets.token);
    accessKeyId_ = new QLineEdit(p.accessKeyId);
    accessKeySecret_ = secretEdit();
    accessKeySecret_->setText(secrets.accessKeySecret);
    securityToken_ = secretEdit();
    securityToken_->setText(secrets.securityToken);
    tokenFile_ = new QLineEdit(p.tokenFile);
    ecsRole_ = new QLineEdit(p.ecsRoleName);
    ecsRole_->setPlaceholderText(tr("the instance's role"));
    signer_ = new QComboBox;
    signer_->addItem(tr("Automatic (by endpoint)"), static_cast<int>(SignerChoice::Auto));
    signer_->addItem(tr("DLF4-HMAC-SHA256"), static_cast<int>(SignerChoice::Default));
    signer_->addItem(tr("OpenAPI (ACS3-HMAC-SHA256)"), static_cast<int>(SignerChoice::OpenApi));
    signer_->setCurrentIndex(signer_->findData(static_cast<int>(p.signer)));
    region_ = new QLineEdit(p.region);
    // Names for tests and accessibility tools.
    accessKeyId_->setObjectName(QStringLiteral("accessKeyId"));
    accessKeySecret_->setObjectName(QStringLiteral("accessKeySecret"));
    securityToken_->setObjectName(QStringLiteral("securityToken"));
    signer_->setObjectName(QStringLiteral("signer"));
    region_->setObjectName(QStringLiteral("region"));
    region_->setPlaceholderText(tr("inferred from the URI"));
    headers_ = new QTableWidget(0, 2);
    headers_->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    headers_->horizontalHeader()->setStretchLastSection(true);
    headers_->verticalHeader()->hide();
    headers_->setMaximumHeight(110);
    for (const auto& [k, v] : p.headers) {
        int r = headers_->rowCount();
        headers_->insertRow(r);
        headers_->setItem(r, 0, new QTableWidgetItem(k));
        headers_->setItem(r, 1, new QTableWidgetItem(v));
    }
    auto* addHeader = new QToolButton;
    addHeader->setText(QStringLiteral("+"));
    addHeader->setToolTip(tr("Add a header"));
    auto* removeHeader = new QToolButton;
    removeHeader->setText(QStringLiteral("−"));
    removeHeader->setToolTip(tr("Remove the selected header"));
    connect(addHeader, &QToolButton::clicked, this, [this] {
        int r = headers_->rowCount();
        headers_->insertRow(r);
        headers_->setItem(r, 0, new QTableWidgetItem);
        headers_->setItem(r, 1, new QTableWidgetItem);
        headers_->editItem(headers_->item(r, 0));
    });
    connect(removeHeader, &QToolButton::clicked, this, [this] {
        if (headers_->currentRow() >= 0) headers_->removeRow(headers_->currentRow());
        validate();
    });
    connect(headers_, &QTableWidget::itemChanged, this, &ProfileEditor::validate);
    auto* headerBox = new QWidget;
    auto* headerLayout = new QHBoxLayout(headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(headers_, 1);
    auto* headerButtons = new QVBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    headerLayout->addLayout(headerButtons);

    caFile_ = new QLineEdit(p.caFile);
    caFile_->setPlaceholderText(tr("system certificates only"));
    timeout_ = new QSpinBox;
    timeout_->setRange(1, 3600);
    timeout_->setSuffix(tr(" s"));
    timeout_->setValue(static_cast<int>(std::lround(p.timeoutSeconds)));
    readOnly_ = new QCheckBox(tr("Read-only (no changes are sent)"));
    readOnly_->setChecked(p.readOnly);
    readOnly_->setObjectName(QStringLiteral("readOnly"));
    production_ = new QCheckBox(tr("&Production (confirm every change before it is sent)"));
    production_->setObjectName(QStringLiteral("production"));
    production_->setChecked(p.production);
    colorValue_ = QColor(p.color);
    color_ = new QPushButton;
    auto paintColor = [this] {
        color_->setText(colorValue_.isValid() ? colorValue_.name() : tr("None"));
        QPixmap swatch(16, 16);
        swatch.fill(colorValue_.isValid() ? colorValue_ : Qt::transparent);
        color_->setIcon(QIcon(swatch));
    };
    paintColor();
    connect(color_, &QPushButton::clicked, this, [this, paintColor] {
        QColor c = QColorDialog::getColor(colorValue_.isValid() ? colorValue_ : Qt::blue, this,
                                          tr("Connection colour"));
        if (c.isValid()) colorValue_ = c;
        paintColor();
    });

    form_->addRow(tr("&Name:"), name_);
    form_->addRow(tr("&Kind:"), kind_);
    form_->addRow(tr("&URI:"), uri_);
    form_->addRow(tr("&Warehouse:"), warehouse_);
    form_->addRow(tr("&Folder:"), withBrowse(folder_, true));
    form_->addRow(tr("&Authentication:"), auth_);
    form_->addRow(tr("&Token:"), token_);
    form_->addRow(tr("Access key &ID:"), accessKeyId_);
    form_->addRow(tr("Access key &secret:"), accessKeySecret_);
    form_->addRow(tr("STS to&ken:"), securityToken_);
    form_->addRow(tr("Token &file:"), withBrowse(tokenFile_, false));
    form_->addRow(tr("ECS &role:"), ecsRole_);
    form_->addRow(tr("Si&gner:"), signer_);
    form_->addRow(tr("&Region:"), region_);
    form_->addRow(tr("Extra &headers:"), headerBox);
    form_->addRow(tr("&CA file:"), withBrowse(caFile_, false));
    form_->addRow(tr("Ti&meout:"), timeout_);
    form_->addRow(QString(), readOnly_);
    form_->addRow(QString(), production_);
    form_->addRow(tr("C&olour:"), color_);

    test_ = new QPushButton(tr("&Test connection"));
    report_ = new QPlainTextEdit;
    report_->setReadOnly(true);
    report_->setMaximumHeight(90);
    report_->setPlaceholderText(
        tr("Test connection runs the configuration handshake and lists "
           "one database."));
    report_->setObjectName(QStringLiteral("testReport"));
    connect(test_, &QPushButton::clicked, this, &ProfileEditor::testConnection);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(test_);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(report_);
    layout->addWidget(buttons_);

    for (QLineEdit* e : {name_, uri_, warehouse_, folder_, token_, accessKeyId_, accessKeySecret_,
                         securityToken_, tokenFile_, ecsRole_, region_, caFile_}) {
        connect(e, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    }
    connect(kind_, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateVisibility);
    connect(auth_, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateVisibility);
    updateVisibility();
    resize(560, sizeHint().height());
}

ProfileEditor::~ProfileEditor() {
    testing_.cancel();
}

QLineEdit* ProfileEditor::secretEdit() {
    auto* e = new QLineEdit;
    e->setEchoMode(QLineEdit::Password);
    e->setPlaceholderText(tr("kept in the system keychain"));
    return e;
}

QWidget* ProfileEditor::withBrowse(QLineEdit* edit, bool folder) {
    auto* box = new QWidget;
    auto* l = new QHBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(edit, 1);
    auto* browse = new QToolButton;
    browse->setText(tr("…"));
    browse->setToolTip(folder ? tr("Choose a folder") : tr("Choose a file"));
    connect(browse, &QToolButton::clicked, this, [this, edit, folder] {
        QString path =
            folder ? QFileDialog::getExistingDirectory(this, tr("Warehouse folder"), edit->text())
                   : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
        if (!path.isEmpty()) edit->setText(path);
    });
    l->addWidget(browse);
    return box;
}

void ProfileEditor::updateVisibility() {
    const bool rest = kind_->currentData().toInt() == static_cast<int>(ProfileKind::Rest);
    const auto auth = static_cast<AuthKind>(auth_->currentData().toInt());
    const bool dlf = auth == AuthKind::DlfAccessKey || auth == AuthKind::DlfTokenFile ||
                     auth == AuthKind::DlfEcsRole;
    auto show = [this](QWidget* w, bool visible) { form_->setRowVisible(w, visible); };
    show(uri_, rest);
    show(warehouse_, rest);
    show(folder_->parentWidget(), !rest);
    show(auth_, rest);
    show(token_, rest && auth == AuthKind::Bearer);
    show(accessKeyId_, rest && auth == AuthKind::DlfAccessKey);
    show(accessKeySecret_, rest && auth == AuthKind::DlfAccessKey);
    show(securityToken_, rest && auth == AuthKind::DlfAccessKey);
    show(tokenFile_->parentWidget(), rest && auth == AuthKind::DlfTokenFile);
    show(ecsRole_, rest && auth == AuthKind::DlfEcsRole);
    show(signer_, rest && dlf);
    show(region_, rest && dlf);
    show(headers_->parentWidget(), rest);
    show(caFile_->parentWidget(), rest);
    show(timeout_, rest);
    validate();
}

ConnectionProfile ProfileEditor::profile() const {
    ConnectionProfile p;
    p.id = id_.isEmpty() ? ConnectionProfile::newId() : id_;
    p.name = name_->text().trimmed();
    p.kind = static_cast<ProfileKind>(kind_->currentData().toInt());
    p.uri = uri_->text().trimmed();
    p.warehouse =
        p.kind == ProfileKind::Rest ? warehouse_->text().trimmed() : folder_->text().trimmed();
    p.auth = static_cast<AuthKind>(auth_->currentData().toInt());
    p.accessKeyId = accessKeyId_->text().trimmed();
    p.tokenFile = tokenFile_->text().trimmed();
    p.ecsRoleName = ecsRole_->text().trimmed();
    p.signer = static_cast<SignerChoice>(signer_->currentData().toInt());
    p.region = region_->text().trimmed();
    for (int r = 0; r < headers_->rowCount(); ++r) {
        QString k = headers_->item(r, 0) ? headers_->item(r, 0)->text().trimmed() : QString();
        QString v = headers_->item(r, 1) ? headers_->item(r, 1)->text() : QString();
        if (!k.isEmpty() || !v.isEmpty()) p.headers.append({k, v});
    }
    p.caFile = caFile_->text().trimmed();
    p.timeoutSeconds = timeout_->value();
    p.readOnly = readOnly_->isChecked();
    p.production = production_->isChecked();
    p.color = colorValue_.isValid() ? colorValue_.name() : QString();
    return p;
}

ProfileSecrets ProfileEditor::secrets() const {
    ProfileSecrets s;
    const auto auth = static_cast<AuthKind>(auth_->currentData().toInt());
    if (auth == AuthKind::Bearer) s.token = token_->text();
    if (auth == AuthKind::DlfAccessKey) {
        s.accessKeySecret = accessKeySecret_->text();
        s.securityToken = securityToken_->text();
    }
    return s;
}

QString ProfileEditor::testReport() const {
    return report_->toPlainText();
}

void ProfileEditor::validate() {
    QString problem = profile().problem();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setToolTip(problem);
    test_->setEnabled(problem.isEmpty());
}

void ProfileEditor::testConnection() {
    testing_.cancel();
    report_->setPlainText(tr("Testing…"));
    test_->setEnabled(false);
    QPointer<ProfileEditor> self(this);
    testing_ = CatalogConnector::test(profile(), secrets(), observer_,
                                      [self](const CatalogConnector::TestReport& report) {
                                          if (!self) return;
                                          self->report_->setPlainText(report.text);
                                          self->test_->setEnabled(true);
                                      });
}

}  // namespace paimon::ui
