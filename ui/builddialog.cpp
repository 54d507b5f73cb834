// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/builddialog.h"

#include "reference/imagereference.h"
#include "ui/elidedlabel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {

// The window's settings file, where the last build's fields are kept.
QSettings windowSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"),
                     QStringLiteral("window"));
}

const QString ContextKey = QStringLiteral("build/context");
const QString DockerfileKey = QStringLiteral("build/dockerfile");
const QString TagsKey = QStringLiteral("build/tags");
const QString BuildArgsKey = QStringLiteral("build/buildArgs");
const QString TargetKey = QStringLiteral("build/target");

} // namespace

BuildDialog::BuildDialog(QWidget *parent)
    : QDialog(parent)
    , m_context(new QLineEdit(this))
    , m_dockerfile(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_buildArgs(new QPlainTextEdit(this))
    , m_target(new QLineEdit(this))
    , m_hint(new ElidedLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("buildDialog"));
    setWindowTitle(tr("Build Image"));
    m_context->setObjectName(QStringLiteral("buildContext"));
    m_dockerfile->setObjectName(QStringLiteral("buildDockerfile"));
    m_dockerfile->setPlaceholderText(QStringLiteral("Dockerfile"));
    m_tags->setObjectName(QStringLiteral("buildTags"));
    m_tags->setPlaceholderText(tr("e.g. app:1 app:latest"));
    m_buildArgs->setObjectName(QStringLiteral("buildArgs"));
    m_buildArgs->setPlaceholderText(tr("One NAME=VALUE a line"));
    m_buildArgs->setTabChangesFocus(true);
    m_target->setObjectName(QStringLiteral("buildTarget"));
    m_target->setPlaceholderText(tr("The last stage"));
    m_hint->setObjectName(QStringLiteral("buildHint"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Build"));

    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(QStringLiteral("buildBrowse"));
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_context);
    contextRow->addWidget(browse);
    auto *form = new QFormLayout;
    // A row whose field is a layout gets no buddy by itself: without one the mnemonic
    // would show as a literal '&'.
    auto *contextLabel = new QLabel(tr("Context &folder:"), this);
    contextLabel->setBuddy(m_context);
    form->addRow(contextLabel, contextRow);
    form->addRow(tr("&Dockerfile:"), m_dockerfile);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Build &arguments:"), m_buildArgs);
    form->addRow(tr("Tar&get stage:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    const QSettings settings = windowSettings();
    m_context->setText(settings.value(ContextKey).toString());
    m_dockerfile->setText(settings.value(DockerfileKey).toString());
    m_tags->setText(settings.value(TagsKey).toString());
    m_buildArgs->setPlainText(settings.value(BuildArgsKey).toString());
    m_target->setText(settings.value(TargetKey).toString());

    connect(browse, &QPushButton::clicked, this, &BuildDialog::browse);
    for (QLineEdit *field : {m_context, m_tags})
        connect(field, &QLineEdit::textChanged, this, &BuildDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QStringList BuildDialog::tags() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return m_tags->text().split(separators, Qt::SkipEmptyParts);
}

Engine::BuildOptions BuildDialog::options() const
{
    Engine::BuildOptions options;
    options.contextDirectory = QFileInfo(m_context->text().trimmed()).absoluteFilePath();
    if (!m_dockerfile->text().trimmed().isEmpty())
        options.dockerfile = m_dockerfile->text().trimmed();
    for (const QString &tag : tags()) {
        if (const auto reference = Reference::ImageReference::parse(tag))
            options.tags.append(reference->familiarName() + u':' + reference->effectiveTag());
    }
    for (const QString &line : m_buildArgs->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            options.buildArgs.append({line.left(equals).trimmed(), line.mid(equals + 1)});
    }
    options.target = m_target->text().trimmed();
    return options;
}

void BuildDialog::remember() const
{
    QSettings settings = windowSettings();
    settings.setValue(ContextKey, m_context->text().trimmed());
    settings.setValue(DockerfileKey, m_dockerfile->text().trimmed());
    settings.setValue(TagsKey, m_tags->text().trimmed());
    settings.setValue(BuildArgsKey, m_buildArgs->toPlainText());
    settings.setValue(TargetKey, m_target->text().trimmed());
}

void BuildDialog::browse()
{
    // Non-blocking: the dialog reports through fileSelected and deletes itself.
    auto *dialog = new QFileDialog(this, tr("Build Context"), m_context->text());
    dialog->setObjectName(QStringLiteral("buildContextDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, m_context, &QLineEdit::setText);
    dialog->open();
}

void BuildDialog::validate()
{
    const QString folder = m_context->text().trimmed();
    QString problem;
    if (folder.isEmpty())
        problem = tr("The folder to build from, with its Dockerfile.");
    else if (!QFileInfo(folder).isDir())
        problem = tr("%1 is not a folder.").arg(folder);
    for (const QString &tag : tags()) {
        const auto reference = Reference::ImageReference::parse(tag);
        if (problem.isEmpty() && !reference)
            problem = tr("%1: %2").arg(tag, reference.error().message());
        else if (problem.isEmpty() && reference->hasDigest())
            problem = tr("%1: a tag cannot name a digest").arg(tag);
    }
    m_hint->setFullText(problem.isEmpty() ? tr("Builds %1 with the engine's classic builder.")
                                                .arg(QFileInfo(folder).absoluteFilePath())
                                          : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Berth::Ui
