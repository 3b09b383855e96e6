/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Why the store excludes a mentee–mentor pair (desk_store_load_match_input). */
typedef enum { DESK_MATCH_RULE_DECLINED, DESK_MATCH_RULE_CONFLICT_OF_INTEREST } DeskMatchStoreRule;
