// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Berth::Cli {

// The part of Go's text/template that docker's --format users reach for: text, `{{.Field}}`
// and `{{.A.B}}` paths, `{{json .}}` and `{{json .Field}}`, and the `table ` prefix, which
// means a header row and columns at each tab (written `\t`, as docker takes it). Values are
// printed as Go prints them: strings bare, whole numbers without a fraction, true/false,
// map[key:value] and [a b]. A null prints "<no value>" (Go would know the field's type and
// print map[] or []); {{json .X}} keeps the engine's key order only as sorted keys.
class GoTemplate final
{
public:
    static Result<GoTemplate> parse(const QString &text);

    bool isTable() const { return m_table; }
    // Whether the field `name` is printed by name ({{json .}} does not count).
    bool names(const QString &name) const;
    // The header row of a table: each field under its column name (`columns`, else the
    // field's name in capitals), as docker names them.
    QString header(const QHash<QString, QString> &columns) const;
    // One line for `value` (without the newline); a field that is not there is an error.
    Result<QString> render(const QJsonObject &value) const;

private:
    struct Part
    {
        QString text;     // literal text, when path is empty and !json
        QStringList path; // the field's path; empty for "."
        bool field = false;
        bool json = false;
    };

    bool m_table = false;
    QList<Part> m_parts;
};

} // namespace Berth::Cli
