// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hubjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace Berth::Hub {

namespace {

// Reads one JSON object's fields, each of one type or null; the first field of another type
// is remembered as the object's error.
class Fields final
{
public:
    explicit Fields(const QJsonObject &object)
        : m_object(object)
    {}

    QString string(QLatin1StringView key)
    {
        return typed<QString>(key, QJsonValue::String, "string",
                              [](const QJsonValue &value) { return value.toString(); });
    }
    qint64 number(QLatin1StringView key)
    {
        return typed<qint64>(key, QJsonValue::Double, "number",
                             [](const QJsonValue &value) { return qint64(value.toDouble()); });
    }
    bool boolean(QLatin1StringView key)
    {
        return typed<bool>(key, QJsonValue::Bool, "boolean",
                           [](const QJsonValue &value) { return value.toBool(); });
    }
    QDateTime time(QLatin1StringView key)
    {
        const QString text = string(key);
        QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid() && !text.isEmpty())
            m_error = HubJson::tr("field %1 is not a time: %2").arg(key, text.left(40));
        return when;
    }
    QJsonArray array(QLatin1StringView key)
    {
        return typed<QJsonArray>(key, QJsonValue::Array, "array",
                                 [](const QJsonValue &value) { return value.toArray(); });
    }
    void read(QLatin1StringView key, QString &out) { out = string(key); }
    void read(QLatin1StringView key, qint64 &out) { out = number(key); }
    void read(QLatin1StringView key, bool &out) { out = boolean(key); }
    void read(QLatin1StringView key, QDateTime &out) { out = time(key); }
    void fail(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = problem;
    }
    const QString &error() const { return m_error; }

private:
    // The field's value when it is of `type`; else T's empty value, and an error unless the
    // field is null or absent.
    template<typename T, typename Convert>
    T typed(QLatin1StringView key, QJsonValue::Type type, const char *typeName, Convert convert)
    {
        const QJsonValue value = m_object.value(key);
        if (value.type() == type)
            return convert(value);
        if (!value.isNull() && !value.isUndefined() && m_error.isEmpty())
            m_error = HubJson::tr("field %1 is not a %2").arg(key, QLatin1StringView(typeName));
        return T();
    }

    QJsonObject m_object;
    QString m_error;
};

Result<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(
            ErrorKind::Protocol,
            HubJson::tr("Docker Hub's answer is not JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return Error(ErrorKind::Protocol, HubJson::tr("Docker Hub's answer is not a JSON object"));
    return document.object();
}

Error fieldError(const QString &what, const QString &problem)
{
    return Error(ErrorKind::Protocol,
                 HubJson::tr("Docker Hub's %1 answer is malformed: %2").arg(what, problem));
}

// {"count", "next", "previous", "results": [...]}: each result read by `read`.
template<typename T, typename Read>
Result<HubPage<T>> pageOf(const QByteArray &body, const QString &what, Read read)
{
    const auto object = objectOf(body);
    if (!object)
        return object.error();
    Fields page(*object);
    HubPage<T> out;
    out.count = page.number(QLatin1String("count"));
    const QString next = page.string(QLatin1String("next"));
    if (!next.isEmpty()) {
        out.next = QUrl(next, QUrl::StrictMode);
        if (!out.next.isValid() || out.next.isRelative())
            return fieldError(what, HubJson::tr("next is not an absolute URL"));
    }
    const QJsonArray results = page.array(QLatin1String("results"));
    if (!page.error().isEmpty())
        return fieldError(what, page.error());
    for (const QJsonValue &value : results) {
        if (!value.isObject())
            return fieldError(what, HubJson::tr("a result is not an object"));
        Fields fields(value.toObject());
        T item = read(fields, value.toObject());
        if (!fields.error().isEmpty())
            return fieldError(what, fields.error());
        out.results.append(std::move(item));
    }
    return out;
}

// One field of a Hub object and the member of T it fills.
template<typename T> struct Member
{
    const char *key;
    std::variant<QString T::*, qint64 T::*, bool T::*, QDateTime T::*> member;
};

// A T filled from the fields named, each read as its member's type.
template<typename T> T membersOf(Fields &fields, std::initializer_list<Member<T>> members)
{
    T out;
    for (const Member<T> &field : members) {
        std::visit([&](auto member) { fields.read(QLatin1StringView(field.key), out.*member); },
                   field.member);
    }
    return out;
}

HubTagImage imageOf(Fields &fields)
{
    return membersOf<HubTagImage>(fields, {{"os", &HubTagImage::os},
                                           {"architecture", &HubTagImage::architecture},
                                           {"variant", &HubTagImage::variant},
                                           {"digest", &HubTagImage::digest},
                                           {"size", &HubTagImage::size}});
}

HubRepository repositoryOf(Fields &fields)
{
    return membersOf<HubRepository>(fields, {{"namespace", &HubRepository::namespaceName},
                                             {"name", &HubRepository::name},
                                             {"description", &HubRepository::description},
                                             {"is_private", &HubRepository::isPrivate},
                                             {"star_count", &HubRepository::stars},
                                             {"pull_count", &HubRepository::pulls},
                                             {"last_updated", &HubRepository::lastUpdated}});
}

} // namespace

Result<HubPage<HubSearchResult>> HubJson::searchPage(const QByteArray &body)
{
    return pageOf<HubSearchResult>(body, tr("search"), [](Fields &fields, const QJsonObject &) {
        HubSearchResult result = membersOf<HubSearchResult>(
            fields, {{"repo_name", &HubSearchResult::name},
                     {"short_description", &HubSearchResult::description},
                     {"repo_owner", &HubSearchResult::owner},
                     {"star_count", &HubSearchResult::stars},
                     {"pull_count", &HubSearchResult::pulls},
                     {"is_official", &HubSearchResult::official},
                     {"is_automated", &HubSearchResult::automated},
                     {"source", &HubSearchResult::source}});
        // Hub's catalog names a verified publisher's repositories' source "store" (its own
        // search filter for them is image_filter=store) and its official images' "official".
        result.verified = result.source == u"store" || result.source == u"verified_publisher";
        result.official = result.official || result.source == u"official";
        return result;
    });
}

Result<HubPage<HubRepository>> HubJson::repositoriesPage(const QByteArray &body)
{
    return pageOf<HubRepository>(
        body, tr("repository list"),
        [](Fields &fields, const QJsonObject &) { return repositoryOf(fields); });
}

Result<HubRepository> HubJson::repository(const QByteArray &body)
{
    const auto object = objectOf(body);
    if (!object)
        return object.error();
    Fields fields(*object);
    HubRepository repository = repositoryOf(fields);
    if (!fields.error().isEmpty())
        return fieldError(tr("repository"), fields.error());
    return repository;
}

Result<HubPage<HubTag>> HubJson::tagsPage(const QByteArray &body)
{
    return pageOf<HubTag>(body, tr("tag list"), [](Fields &fields, const QJsonObject &object) {
        HubTag tag = membersOf<HubTag>(fields, {{"name", &HubTag::name},
                                                {"digest", &HubTag::digest},
                                                {"full_size", &HubTag::fullSize},
                                                {"tag_last_pushed", &HubTag::lastPushed}});
        if (!tag.lastPushed.isValid())
            tag.lastPushed = fields.time(QLatin1String("last_updated"));
        // Hub's specification draws `images` as an object; its answers give an array.
        const QJsonValue images = object.value(QLatin1String("images"));
        const QJsonArray list =
            images.isObject() ? QJsonArray{images} : fields.array(QLatin1String("images"));
        for (const QJsonValue &value : list) {
            Fields imageFields(value.toObject());
            HubTagImage image = imageOf(imageFields);
            if (!value.isObject())
                fields.fail(HubJson::tr("an image is not an object"));
            else if (!imageFields.error().isEmpty())
                fields.fail(imageFields.error());
            else
                tag.images.append(image);
        }
        if (tag.digest.isEmpty() && tag.images.size() == 1)
            tag.digest = tag.images.first().digest;
        return tag;
    });
}

Result<HubPage<QString>> HubJson::organizationsPage(const QByteArray &body)
{
    return pageOf<QString>(body, tr("organization list"), [](Fields &fields, const QJsonObject &) {
        return fields.string(QLatin1String("orgname"));
    });
}

Result<QString> HubJson::accessToken(const QByteArray &body)
{
    const auto object = objectOf(body);
    if (!object)
        return object.error();
    Fields fields(*object);
    QString token = fields.string(QLatin1String("access_token"));
    if (token.isEmpty())
        token = fields.string(QLatin1String("token"));
    if (!fields.error().isEmpty())
        return fieldError(tr("sign-in"), fields.error());
    if (token.isEmpty())
        return fieldError(tr("sign-in"), tr("no access_token"));
    return token;
}

QString HubJson::twoFactorToken(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("login_2fa_token"))
        .toString();
}

QString HubJson::errorText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"detail", "message", "errinfo", "error"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().simplified();
        if (value.isObject()) {
            const QString inner = errorText(QJsonDocument(value.toObject()).toJson());
            if (!inner.isEmpty())
                return inner;
        }
    }
    // Validation errors: {"fields": {"name": ["This field is required."]}}.
    QStringList parts;
    const QJsonObject fieldErrors = object.value(QLatin1String("fields")).toObject();
    for (auto it = fieldErrors.begin(); it != fieldErrors.end() && parts.size() < 3; ++it) {
        QStringList messages;
        for (const QJsonValue &message : it.value().toArray())
            messages.append(message.toString());
        if (it.value().isString())
            messages.append(it.value().toString());
        parts.append(it.key() + QStringLiteral(": ") + messages.join(u' ').simplified());
    }
    // Registry-style {"errors": [{"code", "message"}]}.
    for (const QJsonValue &value : object.value(QLatin1String("errors")).toArray()) {
        const QString message = value.toObject().value(QLatin1String("message")).toString();
        if (!message.isEmpty() && parts.size() < 3)
            parts.append(message.simplified());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Berth::Hub
