using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CustomFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomFields",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecordType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LabelKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IsRequired = table.Column<bool>(type: "bit", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    IsArchived = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomFieldOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FieldId = table.Column<int>(type: "int", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    IsRetired = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFieldOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomFieldOptions_CustomFields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "CustomFields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CustomFieldValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FieldId = table.Column<int>(type: "int", nullable: false),
                    RecordId = table.Column<int>(type: "int", nullable: false),
                    TextValue = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    TextKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    NumberValue = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    NumberKey = table.Column<double>(type: "float", nullable: true),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    DateValue = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BoolValue = table.Column<bool>(type: "bit", nullable: true),
                    OptionId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFieldValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomFieldValues_CustomFieldOptions_OptionId",
                        column: x => x.OptionId,
                        principalTable: "CustomFieldOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustomFieldValues_CustomFields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "CustomFields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldOptions_FieldId_Position",
                table: "CustomFieldOptions",
                columns: new[] { "FieldId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFields_RecordType_LabelKey",
                table: "CustomFields",
                columns: new[] { "RecordType", "LabelKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomFields_RecordType_Position",
                table: "CustomFields",
                columns: new[] { "RecordType", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_BoolValue",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "BoolValue" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_DateValue",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "DateValue" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_NumberKey",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "NumberKey" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_OptionId",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "OptionId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_RecordId",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_TextKey",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "TextKey" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_OptionId",
                table: "CustomFieldValues",
                column: "OptionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomFieldValues");

            migrationBuilder.DropTable(
                name: "CustomFieldOptions");

            migrationBuilder.DropTable(
                name: "CustomFields");
        }
    }
}
