-- PLACEHOLDER in branch wt-dlv only: number 0010 belongs to the digest branch (editions).
-- Migrations must be numbered without gaps; on merge this file is replaced by the real 0010.
SELECT 1;
