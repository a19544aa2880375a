using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeliveryRun = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_DeliveredAt_DueAt",
                table: "Reminders",
                columns: new[] { "DeliveredAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_DeliveryRun",
                table: "Reminders",
                column: "DeliveryRun");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_RecordType_RecordId_DeliveredAt",
                table: "Reminders",
                columns: new[] { "RecordType", "RecordId", "DeliveredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_UserId_ReadAt_DeliveredAt",
                table: "Reminders",
                columns: new[] { "UserId", "ReadAt", "DeliveredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reminders");
        }
    }
}
