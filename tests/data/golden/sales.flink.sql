CREATE TABLE `sales`.`customers` (
  `id` BIGINT NOT NULL,
  `name` STRING COMMENT 'Full name',
  `email` VARCHAR(320),
  `address` ROW<`street` STRING, `city` STRING, `zip` VARCHAR(10)>,
  `tags` ARRAY<STRING>,
  `attributes` MAP<STRING, STRING>,
  `signed_up` TIMESTAMP(3),
  PRIMARY KEY (`id`) NOT ENFORCED
)
COMMENT 'Customers, merged by id'
WITH (
  'bucket' = '-1'
);

CREATE TABLE `sales`.`line_items` (
  `order_id` BIGINT,
  `line` INT,
  `sku` STRING,
  `quantity` INT,
  `price` DECIMAL(10, 2)
)
COMMENT 'Append-only order lines, bucketed by order'
WITH (
  'bucket' = '8',
  'bucket-key' = 'order_id',
  'fields.quantity.default-value' = '1'
);

CREATE TABLE `sales`.`orders` (
  `order_id` BIGINT NOT NULL COMMENT 'Order number',
  `customer_id` BIGINT COMMENT 'Key of sales.customers',
  `amount` DECIMAL(12, 2) COMMENT 'Total in the order currency',
  `currency` CHAR(3),
  `order_status` STRING COMMENT 'NEW, PAID, SHIPPED or CANCELLED',
  `created_at` TIMESTAMP(3) WITH LOCAL TIME ZONE COMMENT 'When it was placed',
  `dt` STRING NOT NULL COMMENT 'Order day, yyyy-MM-dd',
  PRIMARY KEY (`order_id`, `dt`) NOT ENFORCED
)
COMMENT 'One row per order; see sales.line_items for the items'
PARTITIONED BY (`dt`)
WITH (
  'bucket' = '4',
  'changelog-producer' = 'lookup',
  'file.format' = 'parquet',
  'merge-engine' = 'deduplicate',
  'snapshot.time-retained' = '2 h',
  'fields.currency.default-value' = 'EUR'
);

CREATE VIEW `sales`.`big_orders` (`order_id`, `customer_id`, `amount`, `dt`)
COMMENT 'Orders above 1,000'
AS
SELECT order_id, customer_id, amount, dt
FROM sales.orders
WHERE amount > 1000;

CREATE VIEW `sales`.`orders per day` (`dt`, `orders`, `revenue`)
AS
SELECT dt, COUNT(*) AS orders, SUM(amount) AS revenue
FROM sales.orders
GROUP BY dt;

-- note: flink SQL has no CREATE FUNCTION for this definition; export it as Paimon JSON.
-- lambda (java): (String e) -> e.replaceAll("(^.).*(@.*$)", "$1***$2")

-- note: flink SQL has no CREATE FUNCTION for this definition; export it as Paimon JSON.
-- SQL: quantity * price
