-- Several WildFly nodes on one database (docs/architecture.md, "Two nodes"): what one node must tell the others,
-- and what only one of them may do.

-- the published content's generation, moved after every committed PublishedContentChanged by the node that made it;
-- every node reads it each second and drops its cached pages, snapshots and index looks when it moved
CREATE TABLE published_generation (
    id         TINYINT     NOT NULL PRIMARY KEY,
    generation BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
INSERT INTO published_generation (id, generation, changed_at) VALUES (1, 0, UTC_TIMESTAMP(6));

-- the last occurrence of a scheduled task taken by a node of a site: a timer that fires on every node runs its task
-- only on the node whose UPDATE moved the occurrence forward
CREATE TABLE scheduled_run (
    task       VARCHAR(80)  NOT NULL,
    site_code  VARCHAR(50)  NOT NULL,
    occurrence DATETIME(6)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    PRIMARY KEY (task, site_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- one row per batch job, site and period (month, quarter): a start holds it (SELECT … FOR UPDATE) while it checks
-- that no run of the period is going and starts its own, so two nodes never start the same period at once
CREATE TABLE batch_run_guard (
    job       VARCHAR(80) NOT NULL,
    site_code VARCHAR(50) NOT NULL,
    period    VARCHAR(20) NOT NULL,
    PRIMARY KEY (job, site_code, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
