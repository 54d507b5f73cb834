<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Berth::Http::HttpResponseParser</name>
    <message numerus="yes">
        <source>the connection closed %n byte(s) before the end of the body</source>
        <translation>
            <numerusform>the connection closed %n byte before the end of the body</numerusform>
            <numerusform>the connection closed %n bytes before the end of the body</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the response headers are larger than %n byte(s)</source>
        <translation>
            <numerusform>the response headers are larger than %n byte</numerusform>
            <numerusform>the response headers are larger than %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the response trailers are larger than %n byte(s)</source>
        <translation>
            <numerusform>the response trailers are larger than %n byte</numerusform>
            <numerusform>the response trailers are larger than %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a chunk-size line is longer than %n byte(s)</source>
        <translation>
            <numerusform>a chunk-size line is longer than %n byte</numerusform>
            <numerusform>a chunk-size line is longer than %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::HumanFormat</name>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobHistory</name>
    <message numerus="yes">
        <source>%n entries of the job history %1 could not be read and were left out.</source>
        <translation>
            <numerusform>%n entry of the job history %1 could not be read and was left out.</numerusform>
            <numerusform>%n entries of the job history %1 could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobQueue</name>
    <message numerus="yes">
        <source>Cannot reach the engine; trying again in %n s</source>
        <translation>
            <numerusform>Cannot reach the engine; trying again in %n s</numerusform>
            <numerusform>Cannot reach the engine; trying again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Jobs::JobSpec</name>
    <message numerus="yes">
        <source>Save %n images to %1</source>
        <translation>
            <numerusform>Save %n images to %1</numerusform>
            <numerusform>Save %n images to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SelfTest</name>
    <message numerus="yes">
        <source>self-test failed: %n check(s)
</source>
        <translation>
            <numerusform>self-test failed: %n check
</numerusform>
            <numerusform>self-test failed: %n checks
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageJobActions</name>
    <message numerus="yes">
        <source>Save %n Image(s) to File</source>
        <translation>
            <numerusform>Save %n Image to File</numerusform>
            <numerusform>Save %n Images to File</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n job(s) did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</source>
        <translation>
            <numerusform>%n job did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</numerusform>
            <numerusform>%n jobs did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image tag(s)</source>
        <translation>
            <numerusform>%n image tag</numerusform>
            <numerusform>%n image tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image tag(s) shown</source>
        <translation>
            <numerusform>%1 of %n image tag shown</numerusform>
            <numerusform>%1 of %n image tags shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AccountsDialog</name>
    <message numerus="yes">
        <source>Imported %n login(s) from Docker.</source>
        <translation>
            <numerusform>Imported %n login from Docker.</numerusform>
            <numerusform>Imported %n logins from Docker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImportNotice</name>
    <message numerus="yes">
        <source>Docker has logins for %n registry(s) Berth does not keep: %1. Import them into the keychain?</source>
        <translation>
            <numerusform>Docker has a login for %n registry Berth does not keep: %1. Import it into the keychain?</numerusform>
            <numerusform>Docker has logins for %n registries Berth does not keep: %1. Import them into the keychain?</numerusform>
        </translation>
    </message>
</context>
</TS>
