-- Relationship charter: the product-line catalogue, versioned charters per distributor,
-- negotiation points with their history, and signatures bound to a hash of the agreed text.

CREATE TABLE product_line (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  name text NOT NULL,
  category text,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX product_line_code_key ON product_line (workspace_id, lower(code));

CREATE TABLE charter_version (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'negotiation', 'agreed', 'signed', 'superseded')),
  content jsonb NOT NULL,
  based_on_version integer,
  -- Set when the text is agreed: the canonical document (RFC 8785) and its SHA-256.
  agreed_document jsonb,
  agreed_hash text,
  agreed_at timestamptz,
  signed_at timestamptz,
  superseded_at timestamptz,
  last_reminded_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, distributor_id, version),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  CHECK ((status IN ('agreed', 'signed', 'superseded')) = (agreed_hash IS NOT NULL))
);
-- At most one version per distributor is being worked on at a time.
CREATE UNIQUE INDEX charter_version_open_key ON charter_version (workspace_id, distributor_id)
  WHERE status IN ('draft', 'negotiation', 'agreed');
CREATE INDEX charter_version_status_idx ON charter_version (workspace_id, status);

-- A signed version is immutable: only its move to superseded is allowed, by the database itself.
CREATE FUNCTION charter_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('signed', 'superseded') AND (
       NEW.content IS DISTINCT FROM OLD.content
    OR NEW.agreed_document IS DISTINCT FROM OLD.agreed_document
    OR NEW.agreed_hash IS DISTINCT FROM OLD.agreed_hash
    OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
    OR NOT (NEW.status = OLD.status OR (OLD.status = 'signed' AND NEW.status = 'superseded'))
  ) THEN
    RAISE EXCEPTION 'charter version % is signed and cannot change', OLD.version
      USING ERRCODE = 'check_violation', CONSTRAINT = 'charter_version_immutable';
  END IF;
  IF OLD.status = 'agreed' AND NEW.status = 'agreed' AND NEW.content IS DISTINCT FROM OLD.content THEN
    RAISE EXCEPTION 'charter version % is agreed; reopen it to change the text', OLD.version
      USING ERRCODE = 'check_violation', CONSTRAINT = 'charter_version_immutable';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER charter_version_guard BEFORE UPDATE ON charter_version
  FOR EACH ROW EXECUTE FUNCTION charter_version_guard();

CREATE TABLE charter_point (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  charter_version_id uuid NOT NULL,
  number integer NOT NULL,
  section text NOT NULL,
  title text NOT NULL,
  raised_by text NOT NULL CHECK (raised_by IN ('principal', 'distributor')),
  principal_position text,
  distributor_position text,
  -- The proposed new value of the section, and which side proposed it last.
  proposal jsonb,
  proposal_by text CHECK (proposal_by IN ('principal', 'distributor')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'agreed', 'conceded', 'withdrawn')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  UNIQUE (workspace_id, charter_version_id, number),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, charter_version_id) REFERENCES charter_version (workspace_id, id)
);
CREATE INDEX charter_point_version_idx ON charter_point (workspace_id, charter_version_id, status);

CREATE TABLE charter_point_event (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  point_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('principal', 'distributor')),
  actor_user_id uuid,
  actor_name text NOT NULL,
  kind text NOT NULL
    CHECK (kind IN ('raised', 'position', 'comment', 'agreed', 'conceded', 'withdrawn')),
  body text,
  proposal jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, point_id) REFERENCES charter_point (workspace_id, id)
);
CREATE INDEX charter_point_event_point_idx ON charter_point_event (workspace_id, point_id, created_at);

CREATE TABLE charter_signature (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  distributor_id uuid NOT NULL,
  charter_version_id uuid NOT NULL,
  party text NOT NULL CHECK (party IN ('principal', 'distributor')),
  user_id uuid NOT NULL,
  typed_name text NOT NULL,
  signer_role text NOT NULL,
  consent_text text NOT NULL,
  content_hash text NOT NULL,
  ip text,
  user_agent text,
  signed_at timestamptz NOT NULL DEFAULT now(),
  -- A signature on a version that was reopened before the other party signed no longer counts.
  voided_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  FOREIGN KEY (workspace_id, distributor_id) REFERENCES distributor (workspace_id, id),
  FOREIGN KEY (workspace_id, charter_version_id) REFERENCES charter_version (workspace_id, id)
);
CREATE UNIQUE INDEX charter_signature_party_key ON charter_signature
  (workspace_id, charter_version_id, party) WHERE voided_at IS NULL;

ALTER TABLE product_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE product_line FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON product_line USING (workspace_id = liaison_workspace());

ALTER TABLE charter_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE charter_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON charter_version USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON charter_version AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE charter_point ENABLE ROW LEVEL SECURITY;
ALTER TABLE charter_point FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON charter_point USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON charter_point AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE charter_point_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE charter_point_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON charter_point_event USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON charter_point_event AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

ALTER TABLE charter_signature ENABLE ROW LEVEL SECURITY;
ALTER TABLE charter_signature FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON charter_signature USING (workspace_id = liaison_workspace());
CREATE POLICY distributor_scope ON charter_signature AS RESTRICTIVE TO liaison_distributor_app
  USING (distributor_id = liaison_distributor());

GRANT SELECT, INSERT, UPDATE ON product_line, charter_version, charter_point TO liaison_app;
GRANT SELECT, INSERT ON charter_point_event, charter_signature TO liaison_app;
GRANT UPDATE (voided_at) ON charter_signature TO liaison_app;

-- What binds: the territory grants and named accounts of every agreed or signed version, one row
-- each, kept by a trigger so conflict checks read a few rows by country instead of every
-- charter's text. A grant's product lines are stored as they apply: a grant naming none covers
-- the charter's covered subset (or, with full coverage, every line: an empty list).
CREATE TABLE charter_commitment (
  workspace_id uuid NOT NULL REFERENCES workspace (id),
  charter_version_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('grant', 'assigned', 'carve_out')),
  item_index integer NOT NULL,
  country char(2) NOT NULL,
  detail jsonb NOT NULL,
  PRIMARY KEY (workspace_id, charter_version_id, kind, item_index),
  FOREIGN KEY (workspace_id, charter_version_id) REFERENCES charter_version (workspace_id, id)
);
CREATE INDEX charter_commitment_country_idx ON charter_commitment (workspace_id, country);
ALTER TABLE charter_commitment ENABLE ROW LEVEL SECURITY;
ALTER TABLE charter_commitment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON charter_commitment USING (workspace_id = liaison_workspace());

CREATE FUNCTION charter_commitment_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM charter_commitment
    WHERE workspace_id = NEW.workspace_id AND charter_version_id = NEW.id;
  IF NEW.status IN ('agreed', 'signed') THEN
    INSERT INTO charter_commitment
      (workspace_id, charter_version_id, distributor_id, kind, item_index, country, detail)
    SELECT NEW.workspace_id, NEW.id, NEW.distributor_id, 'grant', g.item_index - 1,
           g.value ->> 'country',
           g.value || jsonb_build_object('productLineIds',
             CASE WHEN jsonb_array_length(g.value -> 'productLineIds') = 0
                   AND NEW.content -> 'productCoverage' ->> 'mode' = 'subset'
                  THEN NEW.content -> 'productCoverage' -> 'productLineIds'
                  ELSE g.value -> 'productLineIds' END)
    FROM jsonb_array_elements(NEW.content -> 'territory' -> 'grants') WITH ORDINALITY AS g (value, item_index)
    UNION ALL
    SELECT NEW.workspace_id, NEW.id, NEW.distributor_id, 'assigned', a.item_index - 1,
           a.value ->> 'country', a.value
    FROM jsonb_array_elements(NEW.content -> 'assignedAccounts' -> 'accounts') WITH ORDINALITY AS a (value, item_index)
    UNION ALL
    SELECT NEW.workspace_id, NEW.id, NEW.distributor_id, 'carve_out', c.item_index - 1,
           c.value ->> 'country', c.value
    FROM jsonb_array_elements(NEW.content -> 'carveOuts' -> 'accounts') WITH ORDINALITY AS c (value, item_index);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER charter_commitment_sync AFTER INSERT OR UPDATE OF status, content ON charter_version
  FOR EACH ROW EXECUTE FUNCTION charter_commitment_sync();

-- Conflict detection compares a charter with every other binding one in the workspace, also for
-- a distributor's user, who may not read other charters. This function returns only what the
-- check needs: the caller's workspace's commitments in the given countries.
CREATE FUNCTION liaison_charter_commitments(countries text[])
RETURNS TABLE (distributor_id uuid, distributor_name text, version integer, status text,
               kind text, item_index integer, detail jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT c.distributor_id, d.name, v.version, v.status, c.kind, c.item_index, c.detail
  FROM charter_commitment c
  JOIN charter_version v ON v.workspace_id = c.workspace_id AND v.id = c.charter_version_id
  JOIN distributor d ON d.workspace_id = c.workspace_id AND d.id = c.distributor_id
  WHERE c.workspace_id = liaison_workspace() AND c.country = ANY (countries)
  ORDER BY c.distributor_id, c.kind, c.item_index
$$;
REVOKE ALL ON FUNCTION liaison_charter_commitments(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION liaison_charter_commitments(text[]) TO liaison_app;
