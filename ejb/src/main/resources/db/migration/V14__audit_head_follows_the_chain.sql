-- Issue #14 (performance at national scale): every append locks its tenant's audit_head row until
-- the request's transaction commits, so the statements inside that lock decide how many audited
-- requests a tenant serves at once. The head now follows the chain by itself: each inserted event
-- moves it (one statement fewer under the lock), and every tenant has its head row from the start,
-- so an append takes the lock with its first statement (SELECT ... FOR UPDATE) instead of creating
-- the row first.
INSERT IGNORE INTO audit_head (tenant_id, seq, hash)
  SELECT id, 0, REPEAT(CHAR(0), 32) FROM tenant;

-- Only forward: a row inserted below the head (a deleted event put back by someone who could delete
-- it) never winds the head back onto a sequence number that is taken.
CREATE TRIGGER audit_event_moves_head AFTER INSERT ON audit_event FOR EACH ROW
  UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash
   WHERE tenant_id = NEW.tenant_id AND seq < NEW.seq;

-- A tenant made later (onboarding) gets its head with it: two first appends of a new tenant would
-- otherwise both find no row, and their inserts of it could deadlock.
CREATE TRIGGER tenant_gets_audit_head AFTER INSERT ON tenant FOR EACH ROW
  INSERT IGNORE INTO audit_head (tenant_id, seq, hash) VALUES (NEW.id, 0, REPEAT(CHAR(0), 32));
