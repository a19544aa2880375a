using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DealBoardColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deals_StageId_IsDeleted",
                table: "Deals");

            migrationBuilder.AddColumn<long>(
                name: "BoardRank",
                table: "Deals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastActivityAt",
                table: "Deals",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "StageEnteredAt",
                table: "Deals",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateIndex(
                name: "IX_Deals_StageId_IsDeleted_BoardRank",
                table: "Deals",
                columns: new[] { "StageId", "IsDeleted", "BoardRank" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deals_StageId_IsDeleted_BoardRank",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "BoardRank",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "LastActivityAt",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "Deals");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_StageId_IsDeleted",
                table: "Deals",
                columns: new[] { "StageId", "IsDeleted" });
        }
    }
}
