-- The document library (issue #14): price sheets, collateral, product information, training and
-- technical documents the principal gives its distributors. A document has versions of its source
-- file (in the document's source language); each version may have translated variants, requested,
-- uploaded and reviewed through a translation. Files live in the file store (local disk or S3):
-- the rows keep their random keys, never a name built from input.
CREATE TABLE library_document (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL,
  description text,
  kind text NOT NULL
    CHECK (kind IN ('price_sheet', 'marketing', 'product_information', 'training', 'technical')),
  source_language text NOT NULL,
  -- Empty: every product line, every country.
  product_line_ids uuid[] NOT NULL DEFAULT '{}',
  countries text[] NOT NULL DEFAULT '{}',
  valid_from date NOT NULL,
  valid_until date,
  current_version integer NOT NULL DEFAULT 1,
  created_by_user_id uuid,
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  archived_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX library_document_title_idx ON library_document (workspace_id, lower(title));

CREATE TABLE library_version (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL,
  number integer NOT NULL,
  note text,
  created_by_user_id uuid,
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, document_id, number),
  FOREIGN KEY (workspace_id, document_id) REFERENCES library_document (workspace_id, id)
);

-- A translation of one version into one language: requested with a due date and a named reviewer,
-- then uploaded (in review), sent back with comments or approved. One open or approved translation
-- per version and language; a withdrawn one leaves room for a new request.
CREATE TABLE library_translation (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL,
  version_number integer NOT NULL,
  language text NOT NULL,
  status text NOT NULL
    CHECK (status IN ('requested', 'in_review', 'changes_requested', 'approved', 'withdrawn')),
  due_on date,
  reviewer_user_id uuid NOT NULL REFERENCES app_user (id),
  reviewer_name text NOT NULL,
  requested_by_user_id uuid,
  requested_by_name text NOT NULL,
  requested_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, document_id, version_number)
    REFERENCES library_version (workspace_id, document_id, number)
);
CREATE UNIQUE INDEX library_translation_open_key ON library_translation
  (workspace_id, document_id, version_number, language) WHERE status <> 'withdrawn';

-- Every file: a version's source file (translation_id null) or an upload to a translation. The
-- newest upload of a translation is the one under review, or once approved, the variant.
CREATE TABLE library_file (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL,
  version_number integer NOT NULL,
  language text NOT NULL,
  translation_id uuid,
  file_key text NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  uploaded_by_user_id uuid,
  uploaded_by_name text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (file_key),
  FOREIGN KEY (workspace_id, document_id, version_number)
    REFERENCES library_version (workspace_id, document_id, number),
  FOREIGN KEY (workspace_id, translation_id) REFERENCES library_translation (workspace_id, id)
);
CREATE INDEX library_file_document_idx ON library_file (workspace_id, document_id, version_number);

-- The history of a translation: requested, uploaded, changes asked for (with the comment),
-- approved, withdrawn.
CREATE TABLE library_translation_event (
  workspace_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  translation_id uuid NOT NULL,
  kind text NOT NULL
    CHECK (kind IN ('requested', 'uploaded', 'changes_requested', 'approved', 'withdrawn')),
  file_id uuid,
  comment text,
  actor_user_id uuid,
  actor_name text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, translation_id) REFERENCES library_translation (workspace_id, id)
);
CREATE INDEX library_translation_event_idx
  ON library_translation_event (workspace_id, translation_id, at);

-- Where a distributor works: the grants of its signed charter (country and the product lines
-- each covers, empty for all), or, before anything is signed, its own country with every line.
-- A distributor's user sees only its own places.
CREATE FUNCTION liaison_distributor_places()
RETURNS TABLE (distributor_id uuid, country text, product_line_ids uuid[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH signed AS (
    SELECT DISTINCT ON (v.distributor_id) v.distributor_id, v.id
    FROM charter_version v
    WHERE v.workspace_id = liaison_workspace() AND v.status = 'signed'
      AND (liaison_distributor() IS NULL OR v.distributor_id = liaison_distributor())
    ORDER BY v.distributor_id, v.version DESC
  ), granted AS (
    SELECT s.distributor_id, c.country::text AS country,
           ARRAY(SELECT jsonb_array_elements_text(c.detail -> 'productLineIds'))::uuid[] AS lines
    FROM signed s
    JOIN charter_commitment c ON c.workspace_id = liaison_workspace()
      AND c.charter_version_id = s.id AND c.kind = 'grant'
  )
  SELECT distributor_id, country, lines FROM granted
  UNION ALL
  SELECT d.id, d.country::text, '{}'::uuid[]
  FROM distributor d
  WHERE d.workspace_id = liaison_workspace()
    AND (liaison_distributor() IS NULL OR d.id = liaison_distributor())
    AND NOT EXISTS (SELECT 1 FROM granted g WHERE g.distributor_id = d.id)
$$;
REVOKE ALL ON FUNCTION liaison_distributor_places() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_distributor_places() TO liaison_app;

-- The one rule of who a document is for: a place reaches a document when the document names no
-- country or the place's, and no product line, or the place covers every line, or they share one.
CREATE FUNCTION liaison_place_reaches(place_country text, place_lines uuid[],
                                      document_countries text[], document_lines uuid[])
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (cardinality(document_countries) = 0 OR place_country = ANY (document_countries))
     AND (cardinality(document_lines) = 0 OR cardinality(place_lines) = 0
          OR place_lines && document_lines)
$$;

CREATE FUNCTION liaison_document_reaches(target uuid, document_countries text[],
                                         document_lines uuid[])
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM liaison_distributor_places() p
    WHERE p.distributor_id = target
      AND liaison_place_reaches(p.country, p.product_line_ids, document_countries, document_lines))
$$;
GRANT EXECUTE ON FUNCTION liaison_document_reaches(uuid, text[], uuid[]) TO liaison_app;

ALTER TABLE library_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE library_document FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON library_document USING (workspace_id = liaison_workspace());
-- A distributor's users read the documents meant for their territory and lines, and write none.
CREATE POLICY distributor_reads ON library_document AS RESTRICTIVE FOR SELECT
  TO liaison_distributor_app
  USING (archived_at IS NULL
         AND liaison_document_reaches(liaison_distributor(), countries, product_line_ids));
CREATE POLICY distributor_writes_none ON library_document AS RESTRICTIVE FOR INSERT
  TO liaison_distributor_app WITH CHECK (false);
CREATE POLICY distributor_changes_none ON library_document AS RESTRICTIVE FOR UPDATE
  TO liaison_distributor_app USING (false);

ALTER TABLE library_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE library_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON library_version USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_reads ON library_version AS RESTRICTIVE FOR SELECT
  TO liaison_distributor_app
  USING (EXISTS (SELECT 1 FROM library_document d
                 WHERE d.workspace_id = library_version.workspace_id
                   AND d.id = library_version.document_id));
CREATE POLICY distributor_writes_none ON library_version AS RESTRICTIVE FOR INSERT
  TO liaison_distributor_app WITH CHECK (false);

-- Translations, their files and history: a distributor's users see those of the documents they
-- read, and may upload to and review them (the service checks language and reviewer).
ALTER TABLE library_translation ENABLE ROW LEVEL SECURITY;
ALTER TABLE library_translation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON library_translation USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON library_translation AS RESTRICTIVE TO liaison_distributor_app
  USING (EXISTS (SELECT 1 FROM library_document d
                 WHERE d.workspace_id = library_translation.workspace_id
                   AND d.id = library_translation.document_id));
CREATE POLICY distributor_requests_none ON library_translation AS RESTRICTIVE FOR INSERT
  TO liaison_distributor_app WITH CHECK (false);

ALTER TABLE library_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE library_file FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON library_file USING (workspace_id = liaison_workspace());
-- They may add only translated files, to documents they read.
CREATE POLICY distributor_scope ON library_file AS RESTRICTIVE TO liaison_distributor_app
  USING (EXISTS (SELECT 1 FROM library_document d
                 WHERE d.workspace_id = library_file.workspace_id
                   AND d.id = library_file.document_id))
  WITH CHECK (translation_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM library_document d
                          WHERE d.workspace_id = library_file.workspace_id
                            AND d.id = library_file.document_id));

ALTER TABLE library_translation_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE library_translation_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON library_translation_event USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON library_translation_event AS RESTRICTIVE
  TO liaison_distributor_app
  USING (EXISTS (SELECT 1 FROM library_translation t
                 WHERE t.workspace_id = library_translation_event.workspace_id
                   AND t.id = library_translation_event.translation_id));

GRANT SELECT, INSERT, UPDATE ON library_document, library_translation TO liaison_app;
GRANT SELECT, INSERT ON library_version, library_file, library_translation_event TO liaison_app;
