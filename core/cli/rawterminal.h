// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace Berth::Cli {

// The local terminal in raw mode while this lives (berthctl run -it): every key goes to
// the container as typed, Ctrl-C included, and the container's terminal does the echo.
// The previous mode comes back on destruction.
class RawTerminal final
{
public:
    explicit RawTerminal(int fd);
    ~RawTerminal();
    RawTerminal(const RawTerminal &) = delete;
    RawTerminal &operator=(const RawTerminal &) = delete;

    bool active() const { return m_saved != nullptr; }

private:
    struct Saved;
    int m_fd;
    std::unique_ptr<Saved> m_saved;
};

} // namespace Berth::Cli
