-- One database per Palli service (each service owns its data; no cross-database joins).
-- The postgres image runs this once, as POSTGRES_USER, when the data volume is empty;
-- for an existing volume, create a missing database by hand or let scripts/up.py do it.
CREATE DATABASE members;
CREATE DATABASE lending;
CREATE DATABASE savings;
CREATE DATABASE training;
CREATE DATABASE marketplace;
CREATE DATABASE ledger;
CREATE DATABASE notifications;
CREATE DATABASE gateway;
