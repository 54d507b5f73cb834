// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/gotemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Berth::Cli {

namespace {

class GoTemplateText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::GoTemplate)
};

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == std::floor(number) && std::abs(number) < 1e15
                   ? QString::number(qint64(number))
                   : QString::number(number, 'g', 17);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("<no value>");
    case QJsonValue::Object: {
        // Go prints a map as map[key:value ...], keys sorted (QJsonObject keeps them so).
        const QJsonObject object = value.toObject();
        QStringList items;
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(it.key() + u':' + scalarText(it.value()));
        return QStringLiteral("map[") + items.join(u' ') + u']';
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(scalarText(item));
        return u'[' + items.join(u' ') + u']';
    }
    }
    return {};
}

// As Go's encoding/json: <, > and & escaped, so the output is safe inside HTML.
QString jsonText(const QJsonValue &value)
{
    QString text;
    if (value.isObject()) {
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    } else if (value.isArray()) {
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else {
        // A scalar as JSON: wrap it in an array and drop the brackets.
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(array.mid(1, array.size() - 2));
    }
    return text.replace(u'<', QLatin1StringView("\\u003c"))
        .replace(u'>', QLatin1StringView("\\u003e"))
        .replace(u'&', QLatin1StringView("\\u0026"));
}

} // namespace

Result<GoTemplate> GoTemplate::parse(const QString &input)
{
    GoTemplate parsed;
    // As docker: a written "\t" is a tab.
    QString text = QString(input).replace(QLatin1StringView("\\t"), QLatin1StringView("\t"));
    if (text.startsWith(QLatin1StringView("table "))) {
        parsed.m_table = true;
        text = text.mid(6);
    }
    // {{ .A.B }}, {{json .}}, {{json .A}}; spaces inside the braces are allowed.
    static const QRegularExpression action(QStringLiteral(
        R"(\{\{\s*(json\s+)?\.((?:[A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?\s*\}\})"));
    qsizetype at = 0;
    auto it = action.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() > at)
            parsed.m_parts.append({text.mid(at, match.capturedStart() - at), {}, false, false});
        Part part;
        part.field = true;
        part.json = !match.captured(1).isEmpty();
        if (!match.captured(2).isEmpty())
            part.path = match.captured(2).split(u'.');
        parsed.m_parts.append(part);
        at = match.capturedEnd();
    }
    if (at < text.size())
        parsed.m_parts.append({text.mid(at), {}, false, false});
    for (const Part &part : std::as_const(parsed.m_parts)) {
        if (!part.field && part.text.contains(QLatin1StringView("{{")))
            return Error(ErrorKind::Invalid,
                         GoTemplateText::tr("unsupported template action in '%1': berthctl "
                                            "knows {{.Field}}, {{.A.B}} and {{json .}}")
                             .arg(input));
    }
    return parsed;
}

bool GoTemplate::names(const QString &name) const
{
    for (const Part &part : m_parts) {
        if (part.field && part.path.value(0) == name)
            return true;
    }
    return false;
}

QString GoTemplate::header(const QHash<QString, QString> &columns) const
{
    QString line;
    for (const Part &part : m_parts) {
        if (!part.field)
            line += part.text;
        else if (!part.path.isEmpty())
            line += columns.value(part.path.last(), part.path.last().toUpper());
    }
    return line;
}

Result<QString> GoTemplate::render(const QJsonObject &value) const
{
    QString line;
    for (const Part &part : m_parts) {
        if (!part.field) {
            line += part.text;
            continue;
        }
        QJsonValue current = value;
        for (const QString &name : part.path) {
            if (!current.isObject() || !current.toObject().contains(name))
                return Error(ErrorKind::Invalid,
                             GoTemplateText::tr("template: can't evaluate field %1").arg(name));
            current = current.toObject().value(name);
        }
        line += part.json ? jsonText(current) : scalarText(current);
    }
    return line;
}

} // namespace Berth::Cli
