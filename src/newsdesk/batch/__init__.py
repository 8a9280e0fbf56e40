"""Scale-out: ``newsdesk batch`` runs the per-article work on Ray and writes Parquet shards
(``job``, ``rows``), finds copies as a distributed job (``copies``), and ``newsdesk load``
brings shards into a store (``load``). Ray is imported only by the job itself."""
