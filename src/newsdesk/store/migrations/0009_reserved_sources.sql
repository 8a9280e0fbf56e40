-- PLACEHOLDER in branch wt-dlv only: number 0009 belongs to the sources branch (feeds, watch).
-- Migrations must be numbered without gaps; on merge this file is replaced by the real 0009.
SELECT 1;
