-- A lease one node holds at a time among several on one database (#24): the SMPP bind of an SMS account, so that the
-- aggregator sees one bind per account and its rate limit is the account's, not each node's. The holder renews it
-- while it sends; when it lapses (the node died) another node takes it.
CREATE TABLE node_lease (
    name       VARCHAR(200) PRIMARY KEY,
    holder     VARCHAR(100) NOT NULL,
    held_until TIMESTAMP WITH TIME ZONE NOT NULL
);
