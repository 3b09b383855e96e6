-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: a client's income can be "not known yet".  Such a
-- client is not screened and has no % of poverty; an unknown income is
-- never taken as no income.  Clients saved before keep the income they
-- were saved with, as known.
ALTER TABLE clients ADD COLUMN income_known INTEGER NOT NULL DEFAULT 1 CHECK (income_known IN (0, 1));
