/**
 * The plain reference for order intake: node:http + pg, no framework, one transaction per order.
 * It does what an order needs and nothing else — read the round and the person, insert the order
 * (one per person and round) and its first event — so the app's figures can be read against what
 * this machine and this database can do at all. It trusts an `x-person-id` header instead of a
 * session: the reference is the floor, not a product.
 *
 *   tsx bench/raw-server.ts <port>   (DATABASE_URL from the environment)
 */
import http from "node:http";
import { randomUUID } from "node:crypto";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.argv[2] ?? 3999);

async function placeOrder(personId: string, roundId: string, storeId: string): Promise<{ status: number; body: unknown }> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const round = await client.query(
      `SELECT r.masks_per_order, r.unit_price, r.fee, p.birth_date FROM rounds r, people p
       WHERE r.id = $1 AND p.id = $2 AND now() >= r.order_opens_at`,
      [roundId, personId],
    );
    const r = round.rows[0];
    if (!r) {
      await client.query("ROLLBACK");
      return { status: 409, body: { error: { code: "REFUSED", message: "refused" } } };
    }
    const total = r.masks_per_order * r.unit_price + r.fee;
    const ins = await client.query(
      `INSERT INTO orders (id, person_id, round_id, store_id, channel, masks, unit_price, fee, total, updated_at)
       VALUES ($1, $2, $3, $4, 'APP', $5, $6, $7, $8, now()) ON CONFLICT DO NOTHING RETURNING id`,
      [randomUUID(), personId, roundId, storeId, r.masks_per_order, r.unit_price, r.fee, total],
    );
    if (ins.rowCount) {
      await client.query(`INSERT INTO order_status_events (id, order_id, to_status, actor, at) VALUES ($1, $2, 'PLACED', $3, now())`, [randomUUID(), ins.rows[0].id, `person:${personId}`]);
    }
    await client.query("COMMIT");
    return ins.rowCount ? { status: 201, body: { order: { id: ins.rows[0].id, total } } } : { status: 409, body: { error: { code: "ALREADY_ORDERED", message: "already ordered" } } };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method !== "POST" || req.url !== "/orders") return send(404, { error: { code: "NOT_FOUND", message: "not found" } });
      let body: { roundId?: string; storeId?: string };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return send(422, { error: { code: "VALIDATION", message: "bad json" } });
      }
      placeOrder(String(req.headers["x-person-id"]), String(body.roundId), String(body.storeId)).then(
        (r) => send(r.status, r.body),
        () => send(500, { error: { code: "INTERNAL", message: "failed" } }),
      );
    });
  })
  .listen(port, "127.0.0.1", () => console.log(`raw reference on ${port}`));
