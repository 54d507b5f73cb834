<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Berth::Aws::AwsCredentialChain</name>
    <message numerus="yes">
        <source>no answer after %n second(s); stopped</source>
        <translation>
            <numerusform>no answer after %n second; stopped</numerusform>
            <numerusform>no answer after %n seconds; stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Aws::AwsServiceCall</name>
    <message numerus="yes">
        <source> (this computer&apos;s clock is %n second(s) ahead of AWS&apos;s)</source>
        <translation>
            <numerusform> (this computer&apos;s clock is %n second ahead of AWS&apos;s)</numerusform>
            <numerusform> (this computer&apos;s clock is %n seconds ahead of AWS&apos;s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (this computer&apos;s clock is %n second(s) behind AWS&apos;s)</source>
        <translation>
            <numerusform> (this computer&apos;s clock is %n second behind AWS&apos;s)</numerusform>
            <numerusform> (this computer&apos;s clock is %n seconds behind AWS&apos;s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cli::FilesCommand</name>
    <message numerus="yes">
        <source>Wasted space: %1 (%2 bytes) in %n file(s)</source>
        <translation>
            <numerusform>Wasted space: %1 (%2 bytes) in %n file</numerusform>
            <numerusform>Wasted space: %1 (%2 bytes) in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>berthctl: the image has %n layer(s); there is no layer %1
</source>
        <translation>
            <numerusform>berthctl: the image has %n layer; there is no layer %1
</numerusform>
            <numerusform>berthctl: the image has %n layers; there is no layer %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cli::Images</name>
    <message numerus="yes">
        <source>Image %1 (%2): %n layer(s), %3
</source>
        <translation>
            <numerusform>Image %1 (%2): %n layer, %3
</numerusform>
            <numerusform>Image %1 (%2): %n layers, %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Cli::LayersCommand</name>
    <message numerus="yes">
        <source>Wasted space: %1 in %n file(s)</source>
        <translation>
            <numerusform>Wasted space: %1 in %n file</numerusform>
            <numerusform>Wasted space: %1 in %n files</numerusform>
        </translation>
    </message>
</context>
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
    <name>Berth::Hub::HubClient</name>
    <message numerus="yes">
        <source>too many requests; Docker Hub asks to wait %n second(s)</source>
        <translation>
            <numerusform>too many requests; Docker Hub asks to wait %n second</numerusform>
            <numerusform>too many requests; Docker Hub asks to wait %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Hub::HubRateLimit</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
    <name>Berth::Registry::BlobUpload</name>
    <message numerus="yes">
        <source>%n upload sessions broke; the last: %1</source>
        <translation>
            <numerusform>%n upload sessions broke; the last: %1</numerusform>
            <numerusform>%n upload sessions broke; the last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::AccountsDialog</name>
    <message numerus="yes">
        <source>Imported %Ln login(s) from Docker.</source>
        <translation>
            <numerusform>Imported %Ln login from Docker.</numerusform>
            <numerusform>Imported %Ln logins from Docker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::CompareDialog</name>
    <message numerus="yes">
        <source>Files (%Ln)</source>
        <translation>
            <numerusform>Files (%Ln)</numerusform>
            <numerusform>Files (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Config (%Ln)</source>
        <translation>
            <numerusform>Config (%Ln)</numerusform>
            <numerusform>Config (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) differ, %1 of the config; %2 → %3</source>
        <translation>
            <numerusform>%Ln file differ, %1 of the config; %2 → %3</numerusform>
            <numerusform>%Ln files differ, %1 of the config; %2 → %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::DropPlanner</name>
    <message numerus="yes">
        <source>Load %Ln archive(s) into %1</source>
        <translation>
            <numerusform>Load %Ln archive into %1</numerusform>
            <numerusform>Load %Ln archives into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln image(s) with new names on %1</source>
        <translation>
            <numerusform>Tag %Ln image with new names on %1</numerusform>
            <numerusform>Tag %Ln images with new names on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retag %Ln image(s) into %1 and push</source>
        <translation>
            <numerusform>Retag %Ln image into %1 and push</numerusform>
            <numerusform>Retag %Ln images into %1 and push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pull %Ln tag(s) into %1</source>
        <translation>
            <numerusform>Pull %Ln tag into %1</numerusform>
            <numerusform>Pull %Ln tags into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln tag(s) to %1</source>
        <translation>
            <numerusform>Copy %Ln tag to %1</numerusform>
            <numerusform>Copy %Ln tags to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubPanel</name>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::HubSearchWidget</name>
    <message numerus="yes">
        <source>%Ln repository(ies) for “%1”</source>
        <translation>
            <numerusform>%Ln repository(ies) for “%1”</numerusform>
            <numerusform>%Ln repository(ies) for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImageJobActions</name>
    <message numerus="yes">
        <source>Save %Ln Image(s) to File</source>
        <translation>
            <numerusform>Save %Ln Image to File</numerusform>
            <numerusform>Save %Ln Images to File</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::ImportNotice</name>
    <message numerus="yes">
        <source>Docker has logins for %Ln registry(s) Berth does not keep: %1. Import them into the keychain?</source>
        <translation>
            <numerusform>Docker has a login for %Ln registry Berth does not keep: %1. Import it into the keychain?</numerusform>
            <numerusform>Docker has logins for %Ln registries Berth does not keep: %1. Import them into the keychain?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::JobsIdleStrip</name>
    <message numerus="yes">
        <source>No jobs running · %Ln finished ·</source>
        <translation>
            <numerusform>No jobs running · %Ln finished ·</numerusform>
            <numerusform>No jobs running · %Ln finished ·</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LayerFilesView</name>
    <message numerus="yes">
        <source>Wasted space: %1 in %Ln file(s)</source>
        <translation>
            <numerusform>Wasted space: %1 in %Ln file</numerusform>
            <numerusform>Wasted space: %1 in %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LoadPreviewDialog</name>
    <message numerus="yes">
        <source>%1: %Ln layer(s), %2</source>
        <translation>
            <numerusform>%1: %Ln layer, %2</numerusform>
            <numerusform>%1: %Ln layers, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln image(s). Load them?</source>
        <translation>
            <numerusform>%1 holds %Ln image. Load them?</numerusform>
            <numerusform>%1 holds %Ln images. Load them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::LocalImageActions</name>
    <message numerus="yes">
        <source>    used by %Ln container(s): %1</source>
        <translation>
            <numerusform>    used by %Ln container: %1</numerusform>
            <numerusform>    used by %Ln containers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the engine?</source>
        <translation>
            <numerusform>Remove %Ln image from the engine?</numerusform>
            <numerusform>Remove %Ln images from the engine?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln dangling (untagged) image(s) no container uses? This frees up to %1.</source>
        <translation>
            <numerusform>Remove the %Ln dangling (untagged) image no container uses? This frees up to %1.</numerusform>
            <numerusform>Remove the %Ln dangling (untagged) images no container uses? This frees up to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune Dangling freed %1 (%Ln image(s) deleted)</source>
        <translation>
            <numerusform>Prune Dangling freed %1 (%Ln image deleted)</numerusform>
            <numerusform>Prune Dangling freed %1 (%Ln images deleted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln job(s) did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</source>
        <translation>
            <numerusform>%Ln job did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</numerusform>
            <numerusform>%Ln jobs did not finish when Berth last stopped; the Jobs panel&apos;s History lists them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image tag(s)</source>
        <translation>
            <numerusform>%Ln image tag</numerusform>
            <numerusform>%Ln image tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln image tag(s) shown</source>
        <translation>
            <numerusform>%L1 of %Ln image tag shown</numerusform>
            <numerusform>%L1 of %Ln image tags shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::RemoteTagsView</name>
    <message numerus="yes">
        <source>Listing tags… %Ln so far</source>
        <translation>
            <numerusform>Listing tags… %Ln so far</numerusform>
            <numerusform>Listing tags… %Ln so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Ui::SelfTest</name>
    <message numerus="yes">
        <source>self-test failed: %Ln check(s)
</source>
        <translation>
            <numerusform>self-test failed: %Ln check
</numerusform>
            <numerusform>self-test failed: %Ln checks
</numerusform>
        </translation>
    </message>
</context>
</TS>
