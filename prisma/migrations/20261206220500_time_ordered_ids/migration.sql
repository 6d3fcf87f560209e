-- D172: time-ordered UUIDs (version 7) generated in SQL, for the rows the draw and its notice feeder
-- write by the hundred thousand. The app's own ids are already v7 (Prisma's uuid(7), lib/db/ids.ts);
-- gen_random_uuid() (v4) scattered every insert over the whole primary-key index. PostgreSQL 18 has
-- uuidv7() built in; this one works on any supported version: the v4's random bits with the first
-- 48 replaced by the Unix time in milliseconds and the version nibble set to 7 (RFC 9562).
CREATE FUNCTION emask_uuidv7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
    52, 1), 53, 1),
  'hex')::uuid
$$;
