-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: an audit row says which program wrote it, beside the
-- account: the window (probono-desk), a command (probono backup, probono
-- restore, probono export…) or a test.  A record's history, a backup and a
-- restore then read as who did what, with what.  Rows written before keep
-- an empty program: it was not recorded.
ALTER TABLE audit_log ADD COLUMN program TEXT NOT NULL DEFAULT '';
