-- Demo data (casustafel.demo-data=true only): the ZVH Gooi en Vechtstreek with the partners named
-- in the Evaluatie Aanpak Uitbuiting en Mensenhandel 2019, and ZVH Flevoland as a second tenant.
-- Repeatable and idempotent: Flyway re-runs it when it changes; upserts never duplicate a row.
-- Partner ids are the Keycloak organization aliases.

INSERT INTO tenant (id, name) VALUES
  ('zvh-gv', 'Zorg- en Veiligheidshuis Gooi en Vechtstreek'),
  ('zvh-flevoland', 'Zorg- en Veiligheidshuis Flevoland')
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO partner (id, name, kind) VALUES
  ('zvh-gooi-en-vechtstreek', 'Zorg- en Veiligheidshuis Gooi en Vechtstreek', 'SAFETY_HOUSE'),
  ('zvh-flevoland-organisatie', 'Zorg- en Veiligheidshuis Flevoland', 'SAFETY_HOUSE'),
  ('politie-midden-nederland', 'Politie Midden-Nederland', 'POLICE'),
  ('openbaar-ministerie', 'Openbaar Ministerie (Officier van Justitie)', 'JUSTICE'),
  ('advocatuur-mensenhandel', 'Gespecialiseerde advocatuur mensenhandel', 'LEGAL_AID'),
  ('inspectie-szw', 'Inspectie SZW', 'INSPECTORATE'),
  ('comensha', 'Comensha', 'NATIONAL'),
  ('vng', 'VNG', 'NATIONAL'),
  ('ministerie-jenv', 'Ministerie van Justitie en Veiligheid', 'NATIONAL'),
  ('veilig-thuis-gooi-en-vechtstreek', 'Veilig Thuis Gooi en Vechtstreek', 'CARE'),
  ('veilig-thuis-flevoland', 'Veilig Thuis Flevoland', 'CARE'),
  ('ggd-gooi-en-vechtstreek', 'GGD Gooi en Vechtstreek (SOA-poli)', 'CARE'),
  ('kwintes', 'Kwintes', 'SHELTER'),
  ('scharlaken-koord', 'Scharlaken Koord', 'CARE'),
  ('leger-des-heils', 'Leger des Heils', 'SHELTER'),
  ('ggz', 'GGZ', 'CARE'),
  ('versa-welzijn', 'Versa Welzijn', 'CARE'),
  ('pretty-woman', 'Pretty Woman', 'CARE'),
  ('blijfgroep', 'Oranjehuis / Blijfgroep', 'SHELTER'),
  ('cosm', 'Categorale Opvang Slachtoffers Mensenhandel', 'SHELTER'),
  ('moviera', 'Moviera', 'SHELTER'),
  ('actiecentrum-mensenhandel-amsterdam', 'Actiecentrum mensenhandel Amsterdam', 'CARE'),
  ('gemeente-hilversum', 'Gemeente Hilversum', 'MUNICIPALITY'),
  ('gemeente-gooise-meren', 'Gemeente Gooise Meren', 'MUNICIPALITY'),
  ('gemeente-huizen', 'Gemeente Huizen', 'MUNICIPALITY'),
  ('gemeente-wijdemeren', 'Gemeente Wijdemeren', 'MUNICIPALITY'),
  ('gemeente-weesp', 'Gemeente Weesp', 'MUNICIPALITY'),
  ('gemeente-blaricum', 'Gemeente Blaricum', 'MUNICIPALITY'),
  ('gemeente-eemnes', 'Gemeente Eemnes', 'MUNICIPALITY'),
  ('gemeente-laren', 'Gemeente Laren', 'MUNICIPALITY'),
  ('gemeente-almere', 'Gemeente Almere', 'MUNICIPALITY'),
  ('gemeente-lelystad', 'Gemeente Lelystad', 'MUNICIPALITY')
ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind);

INSERT IGNORE INTO tenant_partner (tenant_id, partner_id) VALUES
  ('zvh-gv', 'zvh-gooi-en-vechtstreek'),
  ('zvh-gv', 'politie-midden-nederland'),
  ('zvh-gv', 'openbaar-ministerie'),
  ('zvh-gv', 'advocatuur-mensenhandel'),
  ('zvh-gv', 'inspectie-szw'),
  ('zvh-gv', 'comensha'),
  ('zvh-gv', 'vng'),
  ('zvh-gv', 'ministerie-jenv'),
  ('zvh-gv', 'veilig-thuis-gooi-en-vechtstreek'),
  ('zvh-gv', 'ggd-gooi-en-vechtstreek'),
  ('zvh-gv', 'kwintes'),
  ('zvh-gv', 'scharlaken-koord'),
  ('zvh-gv', 'leger-des-heils'),
  ('zvh-gv', 'ggz'),
  ('zvh-gv', 'versa-welzijn'),
  ('zvh-gv', 'pretty-woman'),
  ('zvh-gv', 'blijfgroep'),
  ('zvh-gv', 'cosm'),
  ('zvh-gv', 'moviera'),
  ('zvh-gv', 'actiecentrum-mensenhandel-amsterdam'),
  ('zvh-gv', 'gemeente-hilversum'),
  ('zvh-gv', 'gemeente-gooise-meren'),
  ('zvh-gv', 'gemeente-huizen'),
  ('zvh-gv', 'gemeente-wijdemeren'),
  ('zvh-gv', 'gemeente-weesp'),
  ('zvh-gv', 'gemeente-blaricum'),
  ('zvh-gv', 'gemeente-eemnes'),
  ('zvh-gv', 'gemeente-laren'),
  ('zvh-flevoland', 'zvh-flevoland-organisatie'),
  ('zvh-flevoland', 'politie-midden-nederland'),
  ('zvh-flevoland', 'openbaar-ministerie'),
  ('zvh-flevoland', 'veilig-thuis-flevoland'),
  ('zvh-flevoland', 'comensha'),
  ('zvh-flevoland', 'cosm'),
  ('zvh-flevoland', 'leger-des-heils'),
  ('zvh-flevoland', 'gemeente-almere'),
  ('zvh-flevoland', 'gemeente-lelystad');

-- Each tenant's own ZVH organisation and the municipalities of its region (issue #15: what the
-- platform admin enters when onboarding a tenant).
UPDATE tenant SET own_partner_id = 'zvh-gooi-en-vechtstreek' WHERE id = 'zvh-gv';
UPDATE tenant SET own_partner_id = 'zvh-flevoland-organisatie' WHERE id = 'zvh-flevoland';
INSERT IGNORE INTO tenant_municipality (tenant_id, name) VALUES
  ('zvh-gv', 'Blaricum'), ('zvh-gv', 'Eemnes'), ('zvh-gv', 'Gooise Meren'), ('zvh-gv', 'Hilversum'),
  ('zvh-gv', 'Huizen'), ('zvh-gv', 'Laren'), ('zvh-gv', 'Weesp'), ('zvh-gv', 'Wijdemeren'),
  ('zvh-flevoland', 'Almere'), ('zvh-flevoland', 'Dronten'), ('zvh-flevoland', 'Lelystad'),
  ('zvh-flevoland', 'Noordoostpolder'), ('zvh-flevoland', 'Urk'), ('zvh-flevoland', 'Zeewolde');

-- The e-mail domain of each partner, as its Keycloak organization has it: an invited person's
-- address must be of their organisation's domain.
UPDATE partner SET email_domain = CASE id
  WHEN 'zvh-gooi-en-vechtstreek' THEN 'zvh-gooi-en-vechtstreek.example'
  WHEN 'zvh-flevoland-organisatie' THEN 'zvh-flevoland-organisatie.example'
  WHEN 'politie-midden-nederland' THEN 'politie.example'
  WHEN 'openbaar-ministerie' THEN 'openbaar-ministerie.example'
  WHEN 'advocatuur-mensenhandel' THEN 'advocatuur-mensenhandel.example'
  WHEN 'inspectie-szw' THEN 'inspectie-szw.example'
  WHEN 'comensha' THEN 'comensha.example'
  WHEN 'vng' THEN 'vng.example'
  WHEN 'ministerie-jenv' THEN 'ministerie-jenv.example'
  WHEN 'veilig-thuis-gooi-en-vechtstreek' THEN 'veilig-thuis-gooi-en-vechtstreek.example'
  WHEN 'veilig-thuis-flevoland' THEN 'veilig-thuis-flevoland.example'
  WHEN 'ggd-gooi-en-vechtstreek' THEN 'ggd-gooi-en-vechtstreek.example'
  WHEN 'kwintes' THEN 'kwintes.example'
  WHEN 'scharlaken-koord' THEN 'scharlaken-koord.example'
  WHEN 'leger-des-heils' THEN 'leger-des-heils.example'
  WHEN 'ggz' THEN 'ggz.example'
  WHEN 'versa-welzijn' THEN 'versa-welzijn.example'
  WHEN 'pretty-woman' THEN 'pretty-woman.example'
  WHEN 'blijfgroep' THEN 'blijfgroep.example'
  WHEN 'cosm' THEN 'cosm.example'
  WHEN 'moviera' THEN 'moviera.example'
  WHEN 'actiecentrum-mensenhandel-amsterdam' THEN 'actiecentrum-mensenhandel-amsterdam.example'
  WHEN 'gemeente-hilversum' THEN 'gemeente-hilversum.example'
  WHEN 'gemeente-gooise-meren' THEN 'gemeente-gooise-meren.example'
  WHEN 'gemeente-huizen' THEN 'gemeente-huizen.example'
  WHEN 'gemeente-wijdemeren' THEN 'gemeente-wijdemeren.example'
  WHEN 'gemeente-weesp' THEN 'gemeente-weesp.example'
  WHEN 'gemeente-blaricum' THEN 'gemeente-blaricum.example'
  WHEN 'gemeente-eemnes' THEN 'gemeente-eemnes.example'
  WHEN 'gemeente-laren' THEN 'gemeente-laren.example'
  WHEN 'gemeente-almere' THEN 'gemeente-almere.example'
  WHEN 'gemeente-lelystad' THEN 'gemeente-lelystad.example'
  ELSE email_domain END;

-- The crisis services that take a victim in crisis over outside the ZVH's office hours (issue #13,
-- part 3): GGZ for adults (18+), Veilig Thuis for young people (18-).
UPDATE partner SET crisis_service = CASE id
  WHEN 'ggz' THEN 'ADULT'
  WHEN 'veilig-thuis-gooi-en-vechtstreek' THEN 'YOUTH'
  ELSE NULL END;
