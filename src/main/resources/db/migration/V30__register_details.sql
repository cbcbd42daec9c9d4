-- the register as the regulator keeps it: scope of practice, registration status and a postal address
ALTER TABLE practitioner ADD COLUMN scope VARCHAR(200);
ALTER TABLE practitioner ADD COLUMN registration_status VARCHAR(20) DEFAULT 'CURRENT' NOT NULL;
ALTER TABLE practitioner ADD COLUMN postal_address VARCHAR(500);
