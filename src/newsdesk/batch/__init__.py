"""Scale-out: ``newsdesk batch`` runs the per-article work on Ray and writes Parquet shards
(``job``, ``rows``), finds copies as a distributed job (``copies``), and ``newsdesk load``
brings shards into a store (``load``). Ray is imported only by the job itself."""

# Documents per actor call. An actor's last call is work no other actor can share, so small
# calls keep the workers finishing together; spaCy's rate per document is the same at 8 as at 16.
BATCH_SIZE = 8
