// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

namespace Berth::Cli {

// The candidates for the word under the cursor of a berthctl command line, as the shell
// completion scripts ask for them (berthctl completion __complete WORD...). Commands,
// options and argument names come from berthctl's own help texts, read through `help`;
// arguments named as images (IMAGE, NAME, SOURCE, TARGET, REPOSITORY, REFERENCE) complete
// to the local images, read through `images`.
class Completer final
{
public:
    // The help of a command: {} is `berthctl --help`, {"images"} `berthctl images --help`.
    using HelpSource = std::function<QString(const QStringList &command)>;
    // The engine's image names, with the global options given on the line (--host ...).
    using ImageSource = std::function<QStringList(const QStringList &globalOptions)>;

    struct Candidates
    {
        QStringList words;  // "word" or "word<TAB>description"
        bool files = false; // the shell completes file names too
    };

    Completer(HelpSource help, ImageSource images);

    // words: the line after the program's name, up to the cursor; the last is the word
    // being completed (empty after a space).
    Candidates complete(QStringList words) const;

private:
    HelpSource m_help;
    ImageSource m_images;
};

} // namespace Berth::Cli
