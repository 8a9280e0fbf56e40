-- 0013: placeholder on branch wt-w3 only, so that 0014 applies without a gap. Branch wt-w2
-- adds the real 0013_saved_searches.sql: on merge, take that file and drop this one.
SELECT 1;
