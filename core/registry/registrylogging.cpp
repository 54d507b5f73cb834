// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registrylogging.h"

Q_LOGGING_CATEGORY(lcRegistry, "berth.core.registry", QtWarningMsg)
