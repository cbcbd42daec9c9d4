-- a fine and costs a hearing ordered beside its outcome (HPCA Act s101); none for other decisions
ALTER TABLE decision ADD COLUMN fine_amount DECIMAL(12,2);
ALTER TABLE decision ADD COLUMN costs_amount DECIMAL(12,2);
