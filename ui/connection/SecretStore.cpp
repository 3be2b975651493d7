#include "ui/connection/SecretStore.h"

#include <qt6keychain/keychain.h>
#include <QTimer>
#include <utility>

namespace paimon::ui {

namespace {
const QStringList kAllSecretNames = {QStringLiteral("token"), QStringLiteral("accessKeySecret"),
                                     QStringLiteral("securityToken")};

bool isBackendMissing(QKeychain::Error e) {
    return e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError ||
           e == QKeychain::NotImplemented;
}
}  // namespace

struct SecretStore::Step {
    enum Kind { Read, Write, Delete } kind;
    QString name;
    QString value;
    bool retried = false;  // one delayed retry when the backend is not there (yet)
};

SecretStore::SecretStore(QObject* parent) : QObject(parent) {}

QString SecretStore::entryKey(const QString& profileId, const QString& name) {
    return profileId + QLatin1Char(':') + name;
}

void SecretStore::read(const QString& profileId, const QStringList& names, const ReadDone& done) {
    if (session_.contains(profileId)) {
        ProfileSecrets s = session_.value(profileId);
        QTimer::singleShot(0, this, [s, done] { done(s, Outcome{}); });
        return;
    }
    QList<Step> steps;
    for (const auto& n : names)
        steps.append({Step::Read, entryKey(profileId, n), {}});
    auto values = std::make_shared<ProfileSecrets>();
    runSteps(steps, 0, Outcome{}, values,
             [values, done](Outcome o) { done(*values, std::move(o)); });
}

void SecretStore::write(const QString& profileId, const ProfileSecrets& secrets,
                        const QStringList& names, const Done& done) {
    QList<Step> steps;
    for (const auto& n : names) {
        QString v = secretValue(secrets, n);
        steps.append({v.isEmpty() ? Step::Delete : Step::Write, entryKey(profileId, n), v});
    }
    if (session_.contains(profileId)) session_.insert(profileId, secrets);
    runSteps(steps, 0, Outcome{}, nullptr, done);
}

void SecretStore::remove(const QString& profileId, const Done& done) {
    session_.remove(profileId);
    QList<Step> steps;
    for (const auto& n : kAllSecretNames)
        steps.append({Step::Delete, entryKey(profileId, n), {}});
    runSteps(steps, 0, Outcome{}, nullptr, done);
}

void SecretStore::keepForSession(const QString& profileId, const ProfileSecrets& secrets) {
    session_.insert(profileId, secrets);
}

void SecretStore::runSteps(QList<Step> steps, int index, Outcome outcome,
                           const std::shared_ptr<ProfileSecrets>& values,
                           const std::function<void(Outcome)>& done) {
    if (index >= steps.size() || !outcome.ok) {
        QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
        return;
    }
    const Step step = steps[index];
    QKeychain::Job* job = nullptr;
    switch (step.kind) {
        case Step::Read:
            job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
            break;
        case Step::Write: {
            auto* w = new QKeychain::WritePasswordJob(QLatin1String(kService));
            w->setTextData(step.value);
            job = w;
            break;
        }
        case Step::Delete:
            job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
            break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(step.name);
    connect(job, &QKeychain::Job::finished, this,
            [this, steps, index, outcome, values, done](QKeychain::Job* j) mutable {
                const Step& s = steps[index];
                QKeychain::Error e = j->error();
                if (e == QKeychain::NoError && s.kind == Step::Read && values) {
                    QString name = s.name.section(QLatin1Char(':'), -1);
                    setSecretValue(*values, name,
                                   static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
                }
                // Deleting from a keychain that is not there leaves nothing behind either.
                bool fine = e == QKeychain::NoError || e == QKeychain::EntryNotFound ||
                            (s.kind == Step::Delete && isBackendMissing(e));
                if (!fine && isBackendMissing(e) && !s.retried) {
                    steps[index].retried = true;
                    QTimer::singleShot(
                        500, this, [=, this] { runSteps(steps, index, outcome, values, done); });
                    return;
                }
                if (!fine) {
                    outcome.ok = false;
                    outcome.noBackend = isBackendMissing(e);
                    // QtKeychain's messages name the backend problem, never the secret.
                    outcome.problem =
                        tr("The system keychain could not be used: %1").arg(j->errorString());
                }
                runSteps(steps, index + 1, outcome, values, done);
            });
    job->start();
}

}  // namespace paimon::ui
