-- note: column c_geometry is GEOMETRY(OGC:CRS84), which Flink SQL has no type for; written as BYTES
-- note: column c_geography is GEOGRAPHY(OGC:CRS84, spherical), which Flink SQL has no type for; written as BYTES
-- note: column c_vector is VECTOR<FLOAT, 4>, which Flink SQL has no type for; written as ARRAY<FLOAT>
CREATE TABLE `type_zoo`.`all_types` (
  `id` INT NOT NULL,
  `c_char` CHAR(10),
  `c_varchar` VARCHAR(100),
  `c_string` STRING,
  `c_boolean` BOOLEAN,
  `c_binary` BINARY(16),
  `c_varbinary` VARBINARY(64),
  `c_bytes` BYTES,
  `c_decimal` DECIMAL(38, 10),
  `c_tinyint` TINYINT,
  `c_smallint` SMALLINT,
  `c_bigint` BIGINT,
  `c_float` FLOAT,
  `c_double` DOUBLE,
  `c_date` DATE,
  `c_time` TIME(3),
  `c_timestamp` TIMESTAMP(6),
  `c_timestamp_ltz` TIMESTAMP(3) WITH LOCAL TIME ZONE,
  `c_variant` VARIANT,
  `c_geometry` BYTES,
  `c_geography` BYTES,
  `c_array` ARRAY<INT NOT NULL>,
  `c_multiset` MULTISET<STRING>,
  `c_map` MAP<STRING, ARRAY<ROW<`k` STRING, `v` DOUBLE>>>,
  `c_row` ROW<`a` INT 'first', `b` ROW<`c` STRING, `d` ARRAY<BIGINT>>>,
  `c_vector` ARRAY<FLOAT>,
  PRIMARY KEY (`id`) NOT ENFORCED
)
COMMENT 'One column of every type family, nested types included'
WITH (
  'bucket' = '1',
  'fields.c_boolean.default-value' = 'false'
);

-- note: column picture is BLOB, which Flink SQL has no type for; written as BYTES
CREATE TABLE `type_zoo`.`blobs` (
  `id` BIGINT,
  `picture` BYTES
)
COMMENT 'BLOB needs row tracking'
WITH (
  'data-evolution.enabled' = 'true',
  'row-tracking.enabled' = 'true'
);
