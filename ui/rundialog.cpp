// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Berth::Ui {

namespace {

// Words as a POSIX shell splits them, without expansions: single quotes keep everything,
// double quotes and a backslash keep the next character. QProcess::splitCommand knows
// only double quotes, and `sh -c 'echo a'` is what people type.
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
        } else if (c == u'\\' && i + 1 < line.size() && quote != u'\'') {
            word += line.at(++i);
            inWord = true;
        } else if (quote == u'"') {
            if (c == u'"')
                quote = QChar();
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

} // namespace

RunDialog::RunDialog(const QString &image, QWidget *parent)
    : QDialog(parent)
    , m_image(new QLineEdit(image, this))
    , m_command(new QLineEdit(this))
    , m_environment(new QPlainTextEdit(this))
    , m_ports(new QLineEdit(this))
    , m_remove(new QCheckBox(tr("Re&move the container when it exits"), this))
    , m_pull(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Run %1").arg(image));
    m_image->setObjectName(QStringLiteral("runImage"));
    m_command->setObjectName(QStringLiteral("runCommand"));
    m_command->setPlaceholderText(tr("the image's own command"));
    m_environment->setObjectName(QStringLiteral("runEnvironment"));
    m_environment->setPlaceholderText(tr("NAME=value, one a line"));
    m_environment->setTabChangesFocus(true);
    // A few lines: the dialog is about the command, not a text editor.
    m_environment->setFixedHeight(m_environment->fontMetrics().lineSpacing() * 4 +
                                  2 * (m_environment->frameWidth() + 4));
    m_ports->setObjectName(QStringLiteral("runPorts"));
    m_ports->setPlaceholderText(tr("e.g. 8080:80 127.0.0.1:5353:53/udp"));
    m_remove->setObjectName(QStringLiteral("runRemove"));
    m_remove->setChecked(true);
    // As docker run --pull: the engine's copy when it has one, else the registry's.
    m_pull->setObjectName(QStringLiteral("runPull"));
    m_pull->addItem(tr("When the image is missing"), int(Engine::PullPolicy::Missing));
    m_pull->addItem(tr("Always"), int(Engine::PullPolicy::Always));
    m_pull->addItem(tr("Never"), int(Engine::PullPolicy::Never));
    m_problem->setObjectName(QStringLiteral("runProblem"));
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Ports:"), m_ports);
    form->addRow(tr("P&ull:"), m_pull);
    form->addRow(m_remove);
    form->addRow(m_problem);
    form->addRow(buttons);

    const auto recheck = [this, buttons] {
        check();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
    };
    connect(m_image, &QLineEdit::textChanged, this, recheck);
    connect(m_command, &QLineEdit::textChanged, this, recheck);
    connect(m_environment, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_ports, &QLineEdit::textChanged, this, recheck);
    recheck();
    // Room for a registry's image name and a command line.
    resize(qMax(width(), 560), sizeHint().height());
    // The image is chosen already (the selected one); the command is what is asked.
    m_command->setFocus();
}

Engine::ContainerRunSpec RunDialog::spec() const
{
    Engine::ContainerRunSpec spec;
    spec.image = m_image->text().trimmed();
    // As a shell splits it, quotes honoured: what berthctl run would take after IMAGE.
    spec.command = shellWords(m_command->text());
    for (const QString &line : m_environment->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            spec.environment.append(line.trimmed());
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    spec.ports = m_ports->text().split(separators, Qt::SkipEmptyParts);
    spec.autoRemove = m_remove->isChecked();
    spec.pull = Engine::PullPolicy(m_pull->currentData().toInt());
    return spec;
}

void RunDialog::check()
{
    const Engine::ContainerRunSpec wanted = spec();
    if (wanted.image.isEmpty()) {
        m_problem->setText(tr("Name the image to run."));
        return;
    }
    const auto body = wanted.createBody();
    m_problem->setText(body ? QString() : body.error().message());
}

} // namespace Berth::Ui
