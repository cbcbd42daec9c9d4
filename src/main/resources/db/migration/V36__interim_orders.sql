-- interim orders: conditions or a suspension while a case is investigated or heard, published as such
ALTER TABLE sanction ADD COLUMN interim BOOLEAN DEFAULT FALSE NOT NULL;
