-- Stored results keep every node's score and each service row's target met, not the explained trees
-- (rule 114): a result stored before is rewritten to that form, its figures as they were.
UPDATE "assessment_results" r SET "detail" = jsonb_build_object(
  'version', 2,
  'nodes', coalesce((
    SELECT jsonb_object_agg(n ->> 'id', n -> 'score')
    FROM jsonb_path_query(r."detail", 'strict $.** ? (@.type() == "object" && exists(@.explanation) && exists(@.id))') AS n
  ), '{}'::jsonb),
  'met', coalesce((
    SELECT jsonb_object_agg(n ->> 'id', coalesce(n -> 'explanation' -> 'met', 'null'::jsonb))
    FROM jsonb_path_query(r."detail" -> 'service', 'strict $.** ? (@.type() == "object" && exists(@.explanation) && exists(@.id) && !exists(@.children))') AS n
  ), '{}'::jsonb),
  'settings', r."detail" -> 'settings'
)
WHERE coalesce(r."detail" ->> 'version', '1') <> '2';
