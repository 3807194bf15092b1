-- 001_init: the warehouse tables. Keys are stated as primary keys; cross-table links (article_id, org_id)
-- are enforced by validation before load, so that an article can be replaced as a whole.

-- One row per distinct cleaned article. article_id is a hash of the cleaned body, so the same story
-- fetched twice (or from two paths) is one article.
CREATE TABLE articles (
    article_id          VARCHAR PRIMARY KEY,   -- first 16 hex digits of sha256(body)
    source_uri          VARCHAR NOT NULL,      -- the path or URL it was read from (the first one seen)
    title               VARCHAR,
    outlet              VARCHAR,               -- where the page states it
    published_at        TIMESTAMPTZ,           -- null when the page gives no date
    language            VARCHAR NOT NULL,      -- 'ko' or 'en'
    program_name        VARCHAR,               -- the programme, hub, consortium or alliance it is about
    stated_member_count INTEGER,               -- the member count the article states (12개의 기업, 50 members)
    body                VARCHAR NOT NULL,      -- cleaned text; every span_start/span_end points into it
    raw_sha256          VARCHAR NOT NULL,      -- hash of the bytes as read: unchanged files are skipped
    run_id              VARCHAR NOT NULL,      -- pipeline_runs.run_id of the run that loaded it
    ingested_at         TIMESTAMPTZ NOT NULL
);

-- One row per real organisation across all articles; aliases gathers every way it was written.
CREATE TABLE organizations (
    org_id         VARCHAR PRIMARY KEY,        -- 'org_' + hash of the normalised canonical name
    canonical_name VARCHAR NOT NULL,
    org_type       VARCHAR NOT NULL,           -- company, university, research_institute, government,
                                               -- public_agency, association, venue, other
    country        VARCHAR,                    -- ISO-2, where known
    aliases        VARCHAR[]
);

-- Organisations stated to belong to a programme. An organisation that is both an initial member and a
-- demand company has two rows.
CREATE TABLE members (
    article_id      VARCHAR NOT NULL,
    org_id          VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,          -- as written in the article
    membership_type VARCHAR NOT NULL,          -- member, initial_member, founding_member, new_member, demand_company
    program_name    VARCHAR,
    evidence        VARCHAR NOT NULL,          -- the sentence that states it
    span_start      INTEGER NOT NULL,          -- offsets of the name in articles.body
    span_end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, org_id, membership_type)
);

-- Organisations with a role in running a programme, and the person the article ties to that role.
CREATE TABLE institutions (
    article_id   VARCHAR NOT NULL,
    org_id       VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,             -- as written; for an unnamed partner, the country as written
    role         VARCHAR NOT NULL,             -- lead, co, international, organiser, host, consigned, partner, other
    person_name  VARCHAR,
    person_title VARCHAR,
    country      VARCHAR,                      -- ISO-2 for international partners
    evidence     VARCHAR NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    PRIMARY KEY (article_id, org_id, role)
);

-- Dated steps of a programme. Years are whole years (2024~2026 -> 2024-01-01 .. 2026-12-31, 'year');
-- a deadline ('by 2030') has no start_date.
CREATE TABLE milestones (
    article_id     VARCHAR NOT NULL,
    milestone_id   VARCHAR NOT NULL,           -- m01, m02 ... in order of appearance
    start_date     DATE,
    end_date       DATE,
    date_precision VARCHAR NOT NULL,           -- day, month, year
    kind           VARCHAR NOT NULL,           -- event, phase, deadline
    label          VARCHAR NOT NULL,           -- the step as written
    evidence       VARCHAR NOT NULL,
    span_start     INTEGER NOT NULL,           -- offsets of the date expression in articles.body
    span_end       INTEGER NOT NULL,
    PRIMARY KEY (article_id, milestone_id)
);

-- What could not be loaded, and why: unreadable files, pages with no article, rows that failed validation.
CREATE TABLE rejects (
    run_id      VARCHAR NOT NULL,
    reject_id   VARCHAR NOT NULL,
    source_uri  VARCHAR,
    article_id  VARCHAR,
    stage       VARCHAR NOT NULL,              -- read, clean, extract, validate, load
    table_name  VARCHAR,                       -- the table a rejected row was meant for
    reason      VARCHAR NOT NULL,              -- one line a person can act on
    detail      JSON,                          -- Pandera's failure cases and the row, where there are any
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, reject_id)
);

-- One row per pipeline run, with its Prefect flow run id and what it did.
CREATE TABLE pipeline_runs (
    run_id             VARCHAR PRIMARY KEY,
    flow_run_id        VARCHAR,                -- the Prefect flow run, to find it in the UI
    started_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ,
    status             VARCHAR NOT NULL,       -- running, completed, failed
    parameters         JSON,
    articles_seen      INTEGER,                -- sources discovered
    articles_new       INTEGER,                -- articles loaded for the first time
    articles_unchanged INTEGER,                -- skipped: already loaded with the same content
    articles           INTEGER,                -- rows written to each table by this run
    organizations      INTEGER,
    members            INTEGER,
    institutions       INTEGER,
    milestones         INTEGER,
    rejects            INTEGER,
    warnings           JSON                    -- data-quality warnings, e.g. stated vs found member counts
);
