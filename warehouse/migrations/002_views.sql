-- 002_views: ready-made answers to common questions. Plain views: they always show the current tables.

-- Every membership with its organisation and the article that states it.
CREATE VIEW v_members AS
SELECT a.program_name, o.canonical_name AS organization, m.name AS name_as_written, m.membership_type,
       o.org_type, o.country, a.published_at, a.outlet, a.title, a.source_uri, m.evidence, m.article_id, m.org_id
FROM members m
JOIN organizations o USING (org_id)
JOIN articles a USING (article_id);

-- Every institution role with its organisation, the person tied to it and the article.
CREATE VIEW v_institutions AS
SELECT a.program_name, o.canonical_name AS organization, i.name AS name_as_written, i.role, i.person_name,
       i.person_title, coalesce(i.country, o.country) AS country, o.org_type, a.published_at, a.outlet, a.title,
       a.source_uri, i.evidence, i.article_id, i.org_id
FROM institutions i
JOIN organizations o USING (org_id)
JOIN articles a USING (article_id);

-- A programme's timeline: every milestone in date order (open-ended ones last).
CREATE VIEW v_program_timeline AS
SELECT a.program_name, ms.kind, ms.label, ms.start_date, ms.end_date, ms.date_precision, a.published_at,
       a.title, ms.evidence, ms.article_id, ms.milestone_id
FROM milestones ms
JOIN articles a USING (article_id)
ORDER BY a.program_name, coalesce(ms.start_date, ms.end_date) NULLS LAST, ms.end_date;

-- Who is in which programme, across all articles: one row per programme and organisation, with every
-- membership type and role seen, and when it was first reported.
CREATE VIEW v_program_roster AS
WITH links AS (
    SELECT a.program_name, m.org_id, m.membership_type AS relation, a.published_at
    FROM members m JOIN articles a USING (article_id)
    UNION ALL
    SELECT a.program_name, i.org_id, 'role:' || i.role, a.published_at
    FROM institutions i JOIN articles a USING (article_id)
)
SELECT l.program_name, o.canonical_name AS organization, o.org_type, o.country,
       list_sort(list_distinct(list(l.relation))) AS relations, min(l.published_at) AS first_reported,
       count(*) AS mentions
FROM links l JOIN organizations o USING (org_id)
GROUP BY ALL
ORDER BY l.program_name, organization;

-- Articles whose stated member count differs from the members found: worth a look.
CREATE VIEW v_member_count_gaps AS
SELECT a.article_id, a.title, a.source_uri, a.stated_member_count, count(DISTINCT m.org_id) AS members_found
FROM articles a
LEFT JOIN members m USING (article_id)
WHERE a.stated_member_count IS NOT NULL
GROUP BY ALL
HAVING count(DISTINCT m.org_id) <> a.stated_member_count;
