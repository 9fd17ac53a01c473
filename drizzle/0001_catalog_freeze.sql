-- A published catalog version is frozen: results and appeals refer to it, so neither the version
-- nor its nodes may change afterwards. The repositories refuse first with a coded error; these
-- triggers also stop any other writer (a script, a manual fix). SQLSTATE PK001 marks the refusal.
CREATE FUNCTION "pkp_refuse_published_catalog_version_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'published' THEN
    RAISE EXCEPTION 'CATALOG_PUBLISHED: catalog version % is published and frozen', OLD."id"
      USING ERRCODE = 'PK001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "catalog_versions_frozen_when_published"
  BEFORE UPDATE OR DELETE ON "catalog_versions"
  FOR EACH ROW EXECUTE FUNCTION "pkp_refuse_published_catalog_version_change"();
--> statement-breakpoint
CREATE FUNCTION "pkp_refuse_published_catalog_node_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  version_id integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    version_id := OLD."catalog_version_id";
  ELSE
    version_id := NEW."catalog_version_id";
  END IF;
  IF EXISTS (SELECT 1 FROM "catalog_versions" WHERE "id" = version_id AND "status" = 'published')
     OR (TG_OP = 'UPDATE' AND EXISTS (
       SELECT 1 FROM "catalog_versions" WHERE "id" = OLD."catalog_version_id" AND "status" = 'published'))
  THEN
    RAISE EXCEPTION 'CATALOG_PUBLISHED: catalog version % is published and frozen', version_id
      USING ERRCODE = 'PK001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "catalog_nodes_frozen_when_published"
  BEFORE INSERT OR UPDATE OR DELETE ON "catalog_nodes"
  FOR EACH ROW EXECUTE FUNCTION "pkp_refuse_published_catalog_node_change"();
