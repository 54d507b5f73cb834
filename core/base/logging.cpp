// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/logging.h"

Q_LOGGING_CATEGORY(lcHttp, "berth.core.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "berth.core.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "berth.ui", QtWarningMsg)
